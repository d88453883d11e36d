import Foundation

enum TimeBuiltins {
    static let all: [String: BuiltinFn] = [:]
}
