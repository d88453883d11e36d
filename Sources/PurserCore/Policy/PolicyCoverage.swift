import PurserModel
import Rego

/// Admission policies written for one workload kind miss the kind Purser renders in its place: a
/// canary or blue-green component becomes an Argo `Rollout`, which runs the pods a `Deployment`
/// would, so a policy matching `input.request.kind.kind == "Deployment"` never fires on it and
/// the webhook admits what the policy meant to deny.
///
/// Rather than guess from a policy's text which kinds it matches, each review of a kind with a
/// sibling is evaluated a second time as that sibling (same object, sibling's group, version,
/// kind and resource; the Rollout-only `strategy` and `workloadRef` left out). A denial of the
/// sibling that the object itself escapes is a coverage gap: a warning, or a denial under
/// `policies.coverage: strict`. A policy that checks both kinds, or neither, is never flagged.
public enum PolicyCoverage {
    struct Sibling {
        var group: String, version: String, kind: String, resource: String
        /// Fields of the rendered kind's spec that the sibling does not have.
        var droppedSpecFields: [String]
        /// `PolicyCoverage.differingPaths(self)`, computed once: the check runs for every review.
        private(set) var differingPaths: [[String]] = []

        init(group: String, version: String, kind: String, resource: String, droppedSpecFields: [String]) {
            (self.group, self.version, self.kind, self.resource) = (group, version, kind, resource)
            self.droppedSpecFields = droppedSpecFields
            differingPaths = PolicyCoverage.differingPaths(self)
        }
    }

    /// The paths of a review where its twin differs from it (kind, resource, the objects'
    /// `apiVersion`, `kind` and dropped spec fields). A query that reads none of them gives the
    /// twin the same answer as the review, so it is not evaluated twice.
    static func differingPaths(_ sibling: Sibling) -> [[String]] {
        var paths = [["request", "kind"], ["request", "requestKind"], ["request", "resource"], ["request", "requestResource"]]
        for key in ["object", "oldObject"] {
            paths += [["request", key, "apiVersion"], ["request", key, "kind"]]
            paths += sibling.droppedSpecFields.map { ["request", key, "spec", $0] }
        }
        return paths
    }

    /// A rendered kind and the kind whose pods it runs, which policy authors usually check.
    static let siblings: [String: Sibling] = [
        "Rollout": Sibling(group: "apps", version: "v1", kind: "Deployment", resource: "deployments",
                           droppedSpecFields: ["strategy", "workloadRef"]),
    ]

    /// One admission query's denials of the sibling that the object itself escapes.
    public struct Gap: Sendable, Hashable {
        public var query: String
        /// The object's kind (`Rollout`) and the sibling it was reviewed as (`Deployment`).
        public var kind: String
        public var siblingKind: String
        /// The sibling's denial messages.
        public var messages: [String]

        public var description: String {
            "admission policy \(query) denies this \(kind) when it is reviewed as a \(siblingKind) (\(messages.joined(separator: "; "))) "
                + "but not as a \(kind): the policy checks kind \(siblingKind) only and never sees it; match \(kind) too"
        }
    }

    /// The review's kind and that kind's sibling, or nil when it has none.
    static func sibling(of review: RegoValue) -> (kind: String, sibling: Sibling)? {
        guard case .string(let kind)? = review["request"]?["kind"]?["kind"], let sibling = siblings[kind] else { return nil }
        return (kind, sibling)
    }

    /// The review as if its object were `sibling`'s kind.
    static func twin(of review: RegoValue, as sibling: Sibling) -> RegoValue {
        guard case .object(var root) = review, case .object(var request)? = root[.string("request")] else { return review }
        let gvk: RegoValue = ["group": .string(sibling.group), "version": .string(sibling.version), "kind": .string(sibling.kind)]
        let gvr: RegoValue = ["group": .string(sibling.group), "version": .string(sibling.version), "resource": .string(sibling.resource)]
        request[.string("kind")] = gvk
        request[.string("requestKind")] = gvk
        request[.string("resource")] = gvr
        request[.string("requestResource")] = gvr
        for key in ["object", "oldObject"] {
            guard case .object(var object)? = request[.string(key)] else { continue }
            object[.string("apiVersion")] = .string("\(sibling.group)/\(sibling.version)")
            object[.string("kind")] = .string(sibling.kind)
            if case .object(var spec)? = object[.string("spec")] {
                for field in sibling.droppedSpecFields { spec[.string(field)] = nil }
                object[.string("spec")] = .object(spec)
            }
            request[.string(key)] = .object(object)
        }
        root[.string("request")] = .object(request)
        return .object(root)
    }

    /// The gap of `query` for this review, given the messages the review itself got; nil when
    /// there is none (no sibling, or the sibling gets no denial the object does not).
    static func gap(query: String, review: RegoValue, own: [String], policies: CompiledPolicies) throws -> Gap? {
        guard let (kind, sibling) = sibling(of: review) else { return nil }
        if let reads = policies.inputSelection(of: query), !sibling.differingPaths.contains(where: reads.reads) { return nil }
        let twinMessages = try policies.messages(query, input: twin(of: review, as: sibling))
        if twinMessages.isEmpty { return nil }
        let ownSet = Set(own.map { normalized($0, kind: kind, sibling: sibling.kind) })
        let missed = twinMessages.filter { !ownSet.contains(normalized($0, kind: kind, sibling: sibling.kind)) }
        return missed.isEmpty ? nil : Gap(query: query, kind: kind, siblingKind: sibling.kind, messages: missed)
    }

    /// A message with the kind names made equal, so "Deployment x lacks …" and "Rollout x lacks …"
    /// match: every occurrence of `kind`, left to right, becomes `sibling`. Byte by byte on UTF-8,
    /// which matches only whole characters (no UTF-8 sequence starts inside another); Foundation's
    /// `replacingOccurrences` cost a twentieth of every decision.
    static func normalized(_ message: String, kind: String, sibling: String) -> String {
        let text = Array(message.utf8), pattern = Array(kind.utf8)
        guard let head = pattern.first, text.count >= pattern.count else { return message }
        var result: [UInt8] = [], copied = 0, i = 0
        while i <= text.count - pattern.count {
            if text[i] == head && text[i ..< i + pattern.count].elementsEqual(pattern) {
                result += text[copied ..< i]
                result += sibling.utf8
                i += pattern.count
                copied = i
            } else {
                i += 1
            }
        }
        if copied == 0 { return message }
        result += text[copied...]
        return String(decoding: result, as: UTF8.self)
    }
}
