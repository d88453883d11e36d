import Hummingbird

/// Checks `Authorization: Bearer <token>` for mutating endpoints, in constant time.
/// The token is never logged or echoed.
struct BearerToken: Sendable {
    let expected: [UInt8]?

    init(_ token: String?) {
        expected = token.map { Array($0.utf8) }
    }

    func authorize(_ request: Request) throws {
        guard let expected, !expected.isEmpty else {
            throw APIError(.forbidden, code: "no-token-configured", "this endpoint is disabled: start the server with --token-file (or PURSER_TOKEN)")
        }
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            throw APIError(.unauthorized, code: "unauthorized", "missing bearer token")
        }
        guard Self.constantTimeEqual(Array(header.utf8.dropFirst(7)), expected) else {
            throw APIError(.unauthorized, code: "unauthorized", "invalid bearer token")
        }
    }

    /// Checks a token typed into a dashboard form (the same token, without the header).
    func authorize(token: String) throws {
        guard let expected, !expected.isEmpty else {
            throw APIError(.forbidden, code: "no-token-configured", "this action is disabled: start the server with --token-file (or PURSER_TOKEN)")
        }
        guard Self.constantTimeEqual(Array(token.utf8), expected) else {
            throw APIError(.unauthorized, code: "unauthorized", "invalid token")
        }
    }

    /// Compares every byte whatever the first difference, so timing reveals at most the length.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        let n = max(a.count, b.count)
        for i in 0..<n {
            let x = i < a.count ? a[i] : 0
            let y = i < b.count ? b[i] : 0
            difference |= x ^ y
        }
        return difference == 0 && a.count == b.count
    }
}
