import Foundation

/// One column's values collected for a drift test: numbers while every value is one, category
/// counts once any value is not (numbers seen before are then counted by their shortest text).
struct FeatureSample {
    private(set) var numbers: [Double] = []
    private(set) var categories: [String: Int] = [:]
    private(set) var isCategorical = false
    private(set) var nulls = 0
    /// Set once a categorical column holds more than `maxCategories` distinct values (an id, a
    /// free-text field): it is not compared, and its values are dropped to bound memory.
    private(set) var tooManyCategories = false

    static let maxCategories = 100_000

    var count: Int { isCategorical ? categories.values.reduce(0, +) : numbers.count }

    mutating func add(number: Double?, text: () -> String?) {
        if !isCategorical, let number {
            numbers.append(number)
            return
        }
        guard !tooManyCategories else { return }
        guard let value = text() else { nulls += 1; return }
        if !isCategorical { makeCategorical() }
        categories[value, default: 0] += 1
        if categories.count > Self.maxCategories {
            tooManyCategories = true
            categories = [:]
        }
    }

    mutating func makeCategorical() {
        guard !isCategorical else { return }
        isCategorical = true
        for value in numbers { categories[Self.text(of: value), default: 0] += 1 }
        numbers = []
    }

    /// A number as its category text: whole numbers without `.0`, others in their shortest form.
    static func text(of value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
