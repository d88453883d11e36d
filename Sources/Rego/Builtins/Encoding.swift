import Foundation

enum EncodingBuiltins {
    static let all: [String: BuiltinFn] = [:]
}
