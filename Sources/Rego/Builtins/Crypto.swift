import Foundation

enum CryptoBuiltins {
    static let all: [String: BuiltinFn] = [:]
}
