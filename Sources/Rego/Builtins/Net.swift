import Foundation

enum NetBuiltins {
    static let all: [String: BuiltinFn] = [:]
}
