import Foundation

enum BitsBuiltins {
    static let all: [String: BuiltinFn] = [:]
}
