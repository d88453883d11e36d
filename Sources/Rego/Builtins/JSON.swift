import Foundation

enum JSONBuiltins {
    static let all: [String: BuiltinFn] = [:]
}
