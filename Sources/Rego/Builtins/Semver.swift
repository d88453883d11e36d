import Foundation

enum SemverBuiltins {
    static let all: [String: BuiltinFn] = [:]
}
