import Foundation
import Rego
import Testing

/// `regex.globs_match` from OPA's policy reference: only `.`, `*`, `+`, `[`, `-`, `]` and `\` are
/// special; true when the two patterns share a non-empty match.
@Suite struct GlobsMatchTests {
    @Test(arguments: [
        (#"regex.globs_match("a.a.[0-9]+z", ".b.b2359825792*594823z")"#, "true"),
        (#"regex.globs_match("[a-z]+", "[0-9]*")"#, "false"),            // only the empty string is common
        (#"regex.globs_match("abc", "abc")"#, "true"),
        (#"regex.globs_match("abc", "abd")"#, "false"),
        (#"regex.globs_match("a*", "b*")"#, "false"),
        (#"regex.globs_match("a+b", "aaa*b")"#, "true"),
        (#"regex.globs_match("a+b", "b")"#, "false"),
        (#"regex.globs_match(".*", "x")"#, "true"),
        (#"regex.globs_match("[a-c]+", "[c-e]+")"#, "true"),
        (#"regex.globs_match("[a-b]+", "[c-e]+")"#, "false"),
        (#"regex.globs_match(`\.`, ".")"#, "true"),
        (#"regex.globs_match(`\.`, "a")"#, "false"),
        (#"regex.globs_match("a?", "a?")"#, "true"),                     // `?` is literal
        (#"regex.globs_match("a?", "a")"#, "false"),
    ])
    func matchesAsOPA(expr: String, want: String) throws {
        #expect(try evalExpr(expr) == want, "\(expr)")
    }

    @Test func badPatternsAreErrors() {
        for pattern in ["pqrs]", "[abc", "*a", "a\\", "[]"] {
            #expect(throws: RegoError.self, "\(pattern)") { _ = try evalExpr("regex.globs_match(\"\(pattern.replacingOccurrences(of: "\\", with: "\\\\"))\", \"a\")", strict: true) }
        }
    }
}
