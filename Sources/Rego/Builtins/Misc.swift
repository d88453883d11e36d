import Foundation

enum MiscBuiltins {
    static let all: [String: BuiltinFn] = [:]
}
