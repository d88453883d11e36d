import Foundation
import X509

/// Chain verification for `crypto.x509.parse_and_verify_certificates*`, with the rules of Go's
/// `Certificate.Verify` that OPA relies on: the first certificate is the only root, the last is
/// the leaf, the others are intermediates; every certificate in the chain must be valid at the
/// verification time, every intermediate a CA within its path length, every signature made by
/// the issuer's key with an algorithm Go accepts (no MD5 or SHA-1); the extended key usages of
/// the chain must allow the requested ones (server authentication by default), and the leaf must
/// name the requested DNS name.
enum CertificateChainVerifier {
    struct Options {
        var dnsName: String?
        var currentTime: Date?
        /// Go's `x509.ExtKeyUsage` numbers; empty means server authentication.
        var keyUsages: [Int] = []
    }

    private struct Candidate {
        let certificate: Certificate
        let shape: [RegoValue: RegoValue]
        func field(_ name: String) -> RegoValue? { shape[.string(name)] }
    }

    /// The verified chain, leaf first, as indices into `ders`; nil when it does not verify.
    static func verify(_ ders: [[UInt8]], shapes: [RegoValue], options: Options) -> [Int]? {
        guard ders.count >= 2, ders.count == shapes.count else { return nil }
        var candidates: [Candidate] = []
        for (der, shape) in zip(ders, shapes) {
            guard let certificate = try? Certificate(derEncoded: der), case .object(let object) = shape else { return nil }
            candidates.append(Candidate(certificate: certificate, shape: object))
        }
        let now = options.currentTime ?? Date()
        let leafIndex = candidates.count - 1
        guard isCurrent(candidates[leafIndex], at: now), matchesName(candidates[leafIndex], options.dnsName) else { return nil }
        var signatureChecks = 0
        var chain = [leafIndex]

        func extend() -> Bool {
            let child = candidates[chain[chain.count - 1]]
            for index in 0..<leafIndex where !chain.contains(index) {
                let issuer = candidates[index]
                guard issuer.certificate.subject == child.certificate.issuer else { continue }
                signatureChecks += 1
                guard signatureChecks <= 100 else { return false }
                guard acceptedSignature(child), issuer.certificate.publicKey.isValidSignature(child.certificate.signature, for: child.certificate),
                      isCurrent(issuer, at: now) else { continue }
                let intermediatesBelow = chain.count - 1
                if issuer.field("BasicConstraintsValid") == .bool(true), case .number(let maxPath)? = issuer.field("MaxPathLen"),
                   let limit = maxPath.intValue, limit >= 0, intermediatesBelow > limit { continue }
                chain.append(index)
                if index == 0 { return true }
                if issuer.field("BasicConstraintsValid") == .bool(true), issuer.field("IsCA") == .bool(true), extend() { return true }
                chain.removeLast()
            }
            return false
        }
        guard extend(), allowsKeyUsages(chain.map { candidates[$0] }, options.keyUsages) else { return nil }
        return chain
    }

    private static func isCurrent(_ candidate: Candidate, at time: Date) -> Bool {
        time >= candidate.certificate.notValidBefore && time <= candidate.certificate.notValidAfter
    }

    /// MD2, MD5 and SHA-1 signatures (Go's numbers 1, 2, 3 and 9) and unknown ones do not verify.
    private static func acceptedSignature(_ candidate: Candidate) -> Bool {
        guard case .number(let algorithm)? = candidate.field("SignatureAlgorithm"), let number = algorithm.intValue else { return false }
        return ![0, 1, 2, 3, 9].contains(number)
    }

    private static func matchesName(_ leaf: Candidate, _ name: String?) -> Bool {
        guard let name, !name.isEmpty else { return true }
        let wanted = name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        if case .array(let addresses)? = leaf.field("IPAddresses"), addresses.contains(.string(name)) { return true }
        guard case .array(let dnsNames)? = leaf.field("DNSNames") else { return false }
        return dnsNames.contains { value in
            guard case .string(let pattern) = value else { return false }
            let lower = pattern.lowercased()
            if lower.hasPrefix("*."), let dot = wanted.firstIndex(of: ".") { return wanted[dot...] == lower.dropFirst() }
            return lower == wanted
        }
    }

    /// Go's `checkChainForKeyUsage`: walking up from the leaf, a certificate with extended key
    /// usages keeps only the requested usages it lists; any usage left at the end allows the chain.
    private static func allowsKeyUsages(_ chain: [Candidate], _ requested: [Int]) -> Bool {
        var remaining = requested.isEmpty ? [1] : requested
        if remaining.contains(0) { return true }
        for candidate in chain {
            var usages: [Int] = []
            if case .array(let list)? = candidate.field("ExtKeyUsage") { usages = list.compactMap { if case .number(let n) = $0 { n.intValue } else { nil } } }
            let hasUnknown: Bool = if case .array? = candidate.field("UnknownExtKeyUsage") { true } else { false }
            if usages.isEmpty && !hasUnknown { continue }
            if usages.contains(0) { continue }
            remaining = remaining.filter { wanted in
                usages.contains(wanted) || (wanted == 1 && (usages.contains(10) || usages.contains(11)))
            }
            if remaining.isEmpty { return false }
        }
        return true
    }
}
