import Foundation

/// An error raised by a `PurserAnalytics` entry point when its input cannot be used.
///
/// Every case names what was wrong so a caller can show it to a user as is:
///
/// ```swift
/// do { _ = try ETSForecaster().fit([], seasonLength: 7) }
/// catch let error as AnalyticsError { print(error.description) } // "series is empty"
/// ```
public enum AnalyticsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The series holds no values.
    case emptySeries
    /// The value at `index` is NaN or infinite.
    case nonFiniteValue(index: Int)
    /// The series is shorter than the `required` number of points.
    case seriesTooShort(count: Int, required: Int)
    /// A parameter is outside its valid range.
    case invalidParameter(name: String, reason: String)
    /// Two inputs that must have the same length do not.
    case lengthMismatch(expected: Int, actual: Int)
    /// The named sample (e.g. "reference", "canary") holds no values.
    case emptySample(name: String)
    /// The value at `index` of the named sample is NaN or infinite.
    case nonFiniteSample(name: String, index: Int)
    /// The value at `index` of the named sample is smaller than the one before it.
    case unsortedSample(name: String, index: Int)
    /// A category count is negative.
    case negativeCount(sample: String, category: String, count: Int)

    public var description: String {
        switch self {
        case .emptySeries:
            return "series is empty"
        case .nonFiniteValue(let index):
            return "value at index \(index) is not a finite number"
        case .seriesTooShort(let count, let required):
            return "series has \(count) points; at least \(required) are required"
        case .invalidParameter(let name, let reason):
            return "invalid \(name): \(reason)"
        case .lengthMismatch(let expected, let actual):
            return "expected \(expected) values, got \(actual)"
        case .emptySample(let name):
            return "\(name) sample is empty"
        case .nonFiniteSample(let name, let index):
            return "\(name) value at index \(index) is not a finite number"
        case .unsortedSample(let name, let index):
            return "\(name) value at index \(index) is smaller than the one before it; the sample must be sorted"
        case .negativeCount(let sample, let category, let count):
            return "\(sample) count of category \"\(category)\" is negative (\(count))"
        }
    }

    /// Throws `.emptySample` or `.nonFiniteSample` unless `values` is non-empty and every value is finite.
    static func validate(_ values: [Double], sample name: String) throws {
        guard !values.isEmpty else { throw AnalyticsError.emptySample(name: name) }
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw AnalyticsError.nonFiniteSample(name: name, index: bad)
        }
    }

    /// Throws `.unsortedSample` unless `values` is in ascending order.
    static func validateAscending(_ values: [Double], sample name: String) throws {
        for i in values.indices.dropFirst() where values[i] < values[i - 1] {
            throw AnalyticsError.unsortedSample(name: name, index: i)
        }
    }

    /// Throws `.emptySeries` or `.nonFiniteValue` unless every value is finite.
    static func validate(_ y: [Double]) throws {
        guard !y.isEmpty else { throw AnalyticsError.emptySeries }
        if let bad = y.firstIndex(where: { !$0.isFinite }) {
            throw AnalyticsError.nonFiniteValue(index: bad)
        }
    }
}
