import Foundation

enum GlobBuiltins {
    static let all: [String: BuiltinFn] = [:]
}
