import Foundation
import PurserModel
import PurserRender

/// Which pods are the canary or the baseline in Prometheus: a pod template hash (what Argo
/// Rollouts labels every pod of a ReplicaSet with, `rollouts-pod-template-hash`, and passes to an
/// analysis as `podTemplateHashValue`), or PromQL label matchers such as `pod=~"checkout-canary-.*"`.
public struct CanarySelector: Sendable, Hashable, CustomStringConvertible {
    /// The label matchers, each `name op "value"`.
    public let matchers: [String]
    public let text: String

    public var description: String { text }

    /// A hash (letters and digits, at most 63) selects `<hashLabel>="<hash>"`; anything else must
    /// be label matchers separated by commas (`=`, `!=`, `=~`, `!~`, a double- or single-quoted value).
    public static func parse(_ text: String, hashLabel: String = GovernanceSettings.CanarySettings.defaultPodTemplateHashLabel) throws -> CanarySelector {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw GovernanceError(message: "a canary or baseline selector is empty") }
        if trimmed.count <= 63, trimmed.unicodeScalars.allSatisfy({ $0.isASCII && CharacterSet.alphanumerics.contains($0) }) {
            return CanarySelector(matchers: [RolloutMetricQuery.equals(hashLabel, trimmed)], text: trimmed)
        }
        return CanarySelector(matchers: try matchers(trimmed), text: trimmed)
    }

    /// Splits and checks `a="x", b=~'y'`; the label `__name__` is refused (the metric names are the judge's).
    static func matchers(_ text: String) throws -> [String] {
        func fail(_ why: String) -> GovernanceError {
            GovernanceError(message: "'\(Lexical.excerpt(text))' is neither a pod template hash nor label matchers such as rollouts_pod_template_hash=\"6f8c9d7b5\": \(why)")
        }
        let scalars = Array(text.unicodeScalars)
        var i = 0, out: [String] = []
        func skipSpaces() { while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 } }
        while true {
            skipSpaces()
            let nameStart = i
            while i < scalars.count, scalars[i].isASCII, scalars[i] == "_" || CharacterSet.alphanumerics.contains(scalars[i]) { i += 1 }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<i]))
            guard GovernanceSettings.isLabelName(name) else { throw fail("expected a label name at character \(nameStart + 1)") }
            guard name != "__name__" else { throw fail("__name__ cannot be matched (the judge queries its own metrics)") }
            skipSpaces()
            var op = ""
            for candidate in ["=~", "!~", "!=", "="] where op.isEmpty {
                let c = Array(candidate.unicodeScalars)
                if i + c.count <= scalars.count, Array(scalars[i..<(i + c.count)]) == c { op = candidate; i += c.count }
            }
            guard !op.isEmpty else { throw fail("expected =, !=, =~ or !~ after \(name)") }
            skipSpaces()
            guard i < scalars.count, scalars[i] == "\"" || scalars[i] == "'" else { throw fail("expected a quoted value after \(name)\(op)") }
            let quote = scalars[i]
            i += 1
            var value = ""
            var closed = false
            while i < scalars.count {
                let c = scalars[i]
                if c == "\\", i + 1 < scalars.count {
                    let next = scalars[i + 1]
                    value.unicodeScalars.append(next == "n" ? "\n" : next)
                    i += 2
                    continue
                }
                if c == quote { closed = true; i += 1; break }
                value.unicodeScalars.append(c)
                i += 1
            }
            guard closed else { throw fail("the value of \(name) is not closed") }
            out.append("\(name)\(op)\"\(RolloutMetricQuery.escape(value))\"")
            skipSpaces()
            if i == scalars.count { break }
            guard scalars[i] == "," else { throw fail("expected a comma at character \(i + 1)") }
            i += 1
        }
        return out
    }
}
