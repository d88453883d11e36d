import Foundation

/// The inputs the `crypto.x509.*` built-ins accept, decoded as OPA decodes them: a PEM string,
/// or standard base64 of either PEM text or DER bytes.
enum PEMInput {
    struct Block {
        let type: String
        let bytes: [UInt8]
    }

    struct Invalid: Error { let message: String }

    /// Standard base64 as Go's `base64.StdEncoding` reads it: padding required, `\r` and `\n`
    /// ignored, anything else outside the alphabet is an error at its byte offset.
    static func base64(_ text: String) throws(Invalid) -> [UInt8] {
        let cleaned = text.utf8.filter { $0 != 0x0A && $0 != 0x0D }
        if let data = Data(base64Encoded: Data(cleaned)) { return Array(data) }
        let offset = cleaned.firstIndex { !(isAlphabet($0) || $0 == UInt8(ascii: "=")) } ?? cleaned.count
        throw Invalid(message: "illegal base64 data at input byte \(offset)")
    }

    private static func isAlphabet(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "+") || b == UInt8(ascii: "/")
    }

    static func hasPEMPrefix(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.starts(with: Array("-----BEGIN".utf8))
    }

    /// The PEM blocks in `bytes` in order, as Go's `pem.Decode` finds them: text before a block
    /// and between blocks is skipped, header lines (`Key: value`) are ignored, and a block whose
    /// body is not valid base64 ends the scan, as does text with no further complete block.
    static func blocks(_ bytes: [UInt8]) -> [Block] {
        guard let text = String(bytes: bytes, encoding: .utf8) ?? String(bytes: bytes, encoding: .isoLatin1) else { return [] }
        var blocks: [Block] = []
        var rest = Substring(text)
        while let begin = rest.range(of: "-----BEGIN ") {
            let afterBegin = rest[begin.upperBound...]
            guard let typeEnd = afterBegin.range(of: "-----") else { break }
            let type = String(afterBegin[..<typeEnd.lowerBound])
            let bodyStart = afterBegin[typeEnd.upperBound...]
            guard !type.contains("\n"), let end = bodyStart.range(of: "-----END \(type)-----") else {
                rest = afterBegin
                continue
            }
            let body = bodyStart[..<end.lowerBound]
                .split(separator: "\n", omittingEmptySubsequences: true)
                .filter { !$0.contains(":") }
                .joined()
                .filter { !$0.isWhitespace }
            guard let data = Data(base64Encoded: body) else { break }
            blocks.append(Block(type: type, bytes: Array(data)))
            rest = bodyStart[end.upperBound...]
        }
        return blocks
    }
}
