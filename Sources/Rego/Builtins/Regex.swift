import Foundation

enum RegexBuiltins {
    static let all: [String: BuiltinFn] = [:]
}
