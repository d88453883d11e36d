import Foundation
import Rego
import Testing

/// The `regex.*` built-ins, with results from OPA's documentation and Go's `regexp` examples.
@Suite("Regex built-ins")
struct RegexBuiltinTests {
    static let cases: [BuiltinCase] = [
        .init(#"regex.match("^(a|b)*$", "abba")"#, "true"),
        .init(#"regex.match("a$", "a\n")"#, "false"),
        .init(#"regex.match("", "anything")"#, "true"),
        .init(#"re_match("^[a-z]+\\.example\\.com$", "api.example.com")"#, "true"),
        .init(#"regex.is_valid("\\d+(?:x|y)")"#, "true"),
        .init(#"regex.is_valid("(?=a)")"#, "false"),
        .init(#"regex.is_valid("(a)\\1")"#, "false"),
        .init(#"regex.is_valid("a++")"#, "false"),
        .init(#"regex.is_valid(12)"#, "false"),
        .init(#"regex.split("a", "banana")"#, #"["b","n","n",""]"#),
        .init(#"regex.split("a", "papaya")"#, #"["p","p","y",""]"#),
        .init(#"regex.split("z+", "pizza")"#, #"["pi","a"]"#),
        .init(#"regex.split("", "abc")"#, #"["a","b","c"]"#),
        .init(#"regex.split("a*", "abaabaccadaaae")"#, #"["","b","b","c","c","d","e"]"#),
        .init(#"regex.split("x", "")"#, #"[""]"#),
        .init(#"regex.split("", "")"#, "[]"),
        .init(#"regex.split(",", "a,")"#, #"["a",""]"#),
        .init(#"regex.find_n("a.", "paranormal", -1)"#, #"["ar","an","al"]"#),
        .init(#"regex.find_n("a.", "paranormal", 2)"#, #"["ar","an"]"#),
        .init(#"regex.find_n("a.", "paranormal", 0)"#, "[]"),
        .init(#"regex.find_n("a.", "none", -1)"#, "[]"),
        .init(#"regex.find_n("", "abc", -1)"#, #"["","","",""]"#),
        .init(#"regex.find_n("a*", "baaab", -1)"#, #"["","aaa",""]"#),
        .init(#"regex.find_n("\\b", "xx yy", -1)"#, #"["","","",""]"#),
        .init(#"regex.find_n("(|a)*", "aa", -1)"#, #"["","",""]"#),
        .init(#"regex.find_n("é.", "éaéb", -1)"#, #"["éa","éb"]"#),
        .init(#"regex.find_all_string_submatch_n("a(x*)b", "-ab-axxb-", -1)"#, #"[["ab",""],["axxb","xx"]]"#),
        .init(#"regex.find_all_string_submatch_n("a(x*)b(y)?", "-axxb-ab-", 1)"#, #"[["axxb","xx",""]]"#),
        .init(#"regex.find_all_string_submatch_n("(?P<k>\\w+)=(?P<v>\\w*)", "a=1 b= c=3", -1)"#, #"[["a=1","a","1"],["b=","b",""],["c=3","c","3"]]"#),
        .init(#"regex.replace("-ab-axxb-", "a(x*)b", "T")"#, #""-T-T-""#),
        .init(#"regex.replace("-ab-axxb-", "a(x*)b", "$1")"#, #""--xx-""#),
        .init(#"regex.replace("-ab-axxb-", "a(x*)b", "$1W")"#, #""---""#),
        .init(#"regex.replace("-ab-axxb-", "a(x*)b", "${1}W")"#, #""-W-xxW-""#),
        .init(#"regex.replace("-ab-axxb-", "a(?P<1W>x*)b", "$1W")"#, #""--xx-""#),
        .init(#"regex.replace("-ab-axxb-", "a(?P<1W>x*)b", "${1}W")"#, #""-W-xxW-""#),
        .init(#"regex.replace("2024-05-06", "(?P<y>\\d+)-(?P<m>\\d+)-(?P<d>\\d+)", "${d}/${m}/${y}")"#, #""06/05/2024""#),
        .init(#"regex.replace("abc", "b", "$$")"#, #""a$c""#),
        .init(#"regex.replace("abc", "b", "${1")"#, #""a${1c""#),
        .init(#"regex.replace("abc", "b", "$9")"#, #""ac""#),
        .init(#"regex.replace("baaac", "a*", "X")"#, #""XbXcX""#),
        .init(#"regex.replace("-wy-wxxy-", "w(x*)y", "0")"#, #""-0-0-""#),
        .init(#"regex.replace("héllo", "l+", "L")"#, #""héLo""#),
        .init(#"regex.template_match("urn:foo:{.*}", "urn:foo:bar:baz", "{", "}")"#, "true"),
        .init(#"regex.template_match("urn:foo.bar.com:{.*}", "urn:foo.com:bar:baz", "{", "}")"#, "false"),
        .init(#"regex.template_match("urn:foo:<[a-z]+>:<\\d{2}>", "urn:foo:bar:12", "<", ">")"#, "true"),
        .init(#"regex.template_match("urn:foo:<[a-z]+>:<\\d{2}>", "urn:foo:bar:123", "<", ">")"#, "false"),
        .init(#"regex.template_match("a.{b|c}", "axb", "{", "}")"#, "false"),
        .init(#"glob.match("*.example.com", ["."], "api.example.com")"#, "true"),
        .init(#"glob.match("[a-c]?.txt", [], "bz.txt")"#, "true"),
        .init(#"glob.match("{a,b}.$x", [], "b.$x")"#, "true"),
        .init(#"glob.match("[a\\-c]", [], "-")"#, "true"),
        .init(#"glob.match("[a\\-c]", [], "b")"#, "false"),
        .init(#"glob.match("[\\]]x", [], "]x")"#, "true"),
    ]

    @Test("regex built-ins", arguments: cases)
    func builtin(_ c: BuiltinCase) throws {
        let got = try evalExpr(c.expr)
        #expect(got == c.want)
    }

    @Test("invalid patterns are built-in errors", arguments: [
        #"regex.match("(a", "a")"#,
        #"regex.match("(?=a)", "a")"#,
        #"regex.split("[", "a")"#,
        #"regex.find_n("a**", "a", 1)"#,
        #"regex.replace("a", "\\1", "b")"#,
        #"regex.template_match("{a", "a", "{", "}")"#,
        #"regex.template_match("{(}", "a", "{", "}")"#,
        #"regex.template_match("{a}", "a", "{{", "}")"#,
    ])
    func invalidPattern(_ expr: String) {
        #expect(throws: (any Error).self) { _ = try evalExpr(expr, strict: true) }
        #expect((try? evalExpr(expr)) ?? nil == nil)
    }

    @Test("the error names the built-in and Go's reason")
    func errorMessage() {
        do {
            _ = try evalExpr(#"regex.match("(a", "a")"#, strict: true)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("regex.match: error parsing regexp: missing closing ): `(a`"), "\(error)")
        }
    }

    @Test("a million-character input cannot bypass an anchored match")
    func longInput() throws {
        // No wall-clock limit: this checks the answer, which a loaded machine must not turn into a timeout.
        let engine = try RegoEngine(modules: [], options: RegoOptions(timeout: nil))
        let long = String(repeating: "a", count: 1_000_000)
        let result = try engine.evaluate(query: #"x := regex.match("^(a|b)*$", input.s)"#, input: ["s": .string(long)])
        #expect(result.first?["x"] == .bool(true))
        let padded = try engine.evaluate(query: #"x := regex.match("^(a|b)*$", input.s)"#, input: ["s": .string(long + "c")])
        #expect(padded.first?["x"] == .bool(false))
    }

    @Test("catastrophic-backtracking patterns answer")
    func pathological() throws {
        let engine = try RegoEngine(modules: [])
        let forty = String(repeating: "a", count: 40) + "b"
        let r1 = try engine.evaluate(query: #"x := regex.match("(a+)+$", input.s)"#, input: ["s": .string(forty)])
        #expect(r1.first?["x"] == .bool(false))
        let r2 = try engine.evaluate(query: #"x := regex.match("(x+x+)+y", input.s)"#, input: ["s": .string(String(repeating: "x", count: 2000))])
        #expect(r2.first?["x"] == .bool(false))
    }
}
