import Crypto

extension SHA256.Digest {
    /// Lowercase hex, as `sha256sum` prints it.
    var hex: String { map { String(format: "%02x", $0) }.joined() }
}
