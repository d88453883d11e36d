import Foundation

enum UnitsBuiltins {
    static let all: [String: BuiltinFn] = [:]
}
