import Foundation
import Rego
import Testing

/// Table-driven built-in checks: each row evaluates `x := <expr>` and compares `x` as canonical JSON
/// (`nil` = undefined).
struct BuiltinCase: CustomStringConvertible, Sendable {
    let expr: String
    let want: String?
    var description: String { expr }
    init(_ expr: String, _ want: String?) { self.expr = expr; self.want = want }
}

func evalExpr(_ expr: String, strict: Bool = false) throws -> String? {
    let engine = try RegoEngine(modules: [], options: RegoOptions(strictBuiltinErrors: strict))
    return try engine.evaluate(query: "x := \(expr)", input: nil).first?["x"]?.jsonString()
}

@Suite("Built-ins")
struct BuiltinTests {
    static let strings: [BuiltinCase] = [
        .init(#"concat("-", ["a", "b"])"#, #""a-b""#),
        .init(#"sprintf("%s has %d GPUs (%.2f%%) %v", ["node", 4, 12.5, {"a": [1]}])"#, #""node has 4 GPUs (12.50%) {\"a\": [1]}""#),
        .init(#"sprintf("%q %x %05d %-3s|", ["hi", 255, 42, "a"])"#, #""\"hi\" ff 00042 a  |""#),
        .init(#"split("a,b,,c", ",")"#, #"["a","b","","c"]"#),
        .init(#"substring("héllo", 1, 3)"#, #""éll""#),
        .init(#"trim_left("xxabcxx", "x")"#, #""abcxx""#),
        .init(#"indexof("abcabc", "ca")"#, "2"),
        .init(#"format_int(255, 16)"#, #""ff""#),
        .init(#"upper("gpu")"#, #""GPU""#),
        .init(#"strings.replace_n({"a": "1", "b": "2"}, "abc")"#, #""12c""#),
    ]

    static let numbersAndCollections: [BuiltinCase] = [
        .init("1 + 2 * 3", "7"),
        .init("7 / 2", "3.5"),
        .init("7 % 3", "1"),
        .init("1 / 0", nil),
        .init("count({1, 2, 2})", "2"),
        .init("sum([1, 2.5])", "3.5"),
        .init("max([3, 9, 1])", "9"),
        .init(#"sort(["b", "a"])"#, #"["a","b"]"#),
        .init("numbers.range(1, 3)", "[1,2,3]"),
        .init("{1, 2} | {3}", "[1,2,3]"),
        .init("{1, 2} & {2, 3}", "[2]"),
        .init("array.slice([1, 2, 3, 4], 1, 3)", "[2,3]"),
        .init(#"object.get({"a": {"b": 1}}, ["a", "b"], 0)"#, "1"),
        .init(#"object.union({"a": {"b": 1}}, {"a": {"c": 2}})"#, #"{"a":{"b":1,"c":2}}"#),
        .init(#"object.remove({"a": 1, "b": 2}, ["a"])"#, #"{"b":2}"#),
        .init(#"to_number("12.5")"#, "12.5"),
        .init(#"to_number("nope")"#, nil),
        .init(#"type_name({1})"#, #""set""#),
        .init("bits.lsh(1, 4)", "16"),
    ]

    static let encodings: [BuiltinCase] = [
        .init(#"base64.encode("purser")"#, #""cHVyc2Vy""#),
        .init(#"base64url.decode("cHVyc2Vy")"#, #""purser""#),
        .init(#"hex.encode("hi")"#, #""6869""#),
        .init(#"json.marshal({"b": [1, true], "a": null})"#, #""{\"a\":null,\"b\":[1,true]}""#),
        .init(#"json.unmarshal("{\"a\": [1, 2]}")"#, #"{"a":[1,2]}"#),
        // YAML 1.1, as OPA reads it (go-yaml v2): an unquoted `y` is true.
        .init(#"yaml.unmarshal("a: 1\nb:\n  - x\n  - y\n")"#, #"{"a":1,"b":["x",true]}"#),
        .init(#"urlquery.encode("a b&c")"#, #""a+b%26c""#),
        .init(#"crypto.sha256("abc")"#, #""ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad""#),
        .init(#"crypto.md5("abc")"#, #""900150983cd24fb0d6963f7d28e17f72""#),
        .init(#"crypto.sha1("abc")"#, #""a9993e364706816aba3e25717850c26c9cd0d89d""#),
        .init(#"crypto.hmac.sha256("msg", "key")"#, #""2d93cbc1be167bcb1637a4a23cbff01a7878f0c50ee833954ea5221bb1b8c628""#),
        .init(#"json.filter({"a": {"b": 1, "c": 2}}, ["a/b"])"#, #"{"a":{"b":1}}"#),
        .init(#"json.match_schema({"gpus": "2"}, {"properties": {"gpus": {"type": "integer"}}})[0]"#, "false"),
        .init(#"json.verify_schema({"type": "nope"})[0]"#, "false"),
    ]

    static let matching: [BuiltinCase] = [
        .init(#"regex.match("^ai-[0-9]+$", "ai-42")"#, "true"),
        .init(#"regex.split("[,;]", "a,b;c")"#, #"["a","b","c"]"#),
        .init(#"regex.find_n("[0-9]+", "a1b22c333", 2)"#, #"["1","22"]"#),
        .init(#"glob.match("*.example.com", ["."], "api.example.com")"#, "true"),
        .init(#"glob.match("*.example.com", ["."], "a.b.example.com")"#, "false"),
        .init(#"glob.match("**.example.com", ["."], "a.b.example.com")"#, "true"),
        .init(#"semver.compare("1.2.3", "1.10.0")"#, "-1"),
        .init(#"semver.is_valid("1.0.0-rc.1")"#, "true"),
        .init(#"units.parse("1.5Gi")"#, "1610612736"),
        .init(#"units.parse("250m")"#, "0.25"),
        .init(#"units.parse_bytes("16Gi")"#, "17179869184"),
        .init(#"net.cidr_contains("10.0.0.0/8", "10.1.2.3")"#, "true"),
        .init(#"net.cidr_intersects("2001:db8::/32", "2001:db8:1::/48")"#, "true"),
    ]

    static let time: [BuiltinCase] = [
        .init(#"time.parse_rfc3339_ns("2026-01-02T03:04:05.5Z")"#, "1767323045500000000"),
        .init("time.date(0)", "[1970,1,1]"),
        .init("time.add_date(0, 1, 1, 1)", "34300800000000000"),
        .init(#"time.parse_duration_ns("1h30m")"#, "5400000000000"),
        .init(#"time.weekday(0)"#, #""Thursday""#),
    ]

    @Test("strings", arguments: strings) func stringBuiltins(_ c: BuiltinCase) throws { #expect(try evalExpr(c.expr) == c.want) }
    @Test("numbers and collections", arguments: numbersAndCollections) func numberBuiltins(_ c: BuiltinCase) throws { #expect(try evalExpr(c.expr) == c.want) }
    @Test("encodings and digests", arguments: encodings) func encodingBuiltins(_ c: BuiltinCase) throws { #expect(try evalExpr(c.expr) == c.want) }
    @Test("regex, glob, semver, units, net", arguments: matching) func matchingBuiltins(_ c: BuiltinCase) throws { #expect(try evalExpr(c.expr) == c.want) }
    @Test("time", arguments: time) func timeBuiltins(_ c: BuiltinCase) throws { #expect(try evalExpr(c.expr) == c.want) }

    @Test func strictErrorsNameTheBuiltin() {
        do {
            _ = try evalExpr(#"to_number("nope")"#, strict: true)
            Issue.record("expected an error")
        } catch let e as RegoError {
            #expect(e.code == .builtin)
            #expect(e.message.contains("to_number"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func jwtHMACRoundTrip() throws {
        let engine = try RegoEngine(modules: [])
        let r = try engine.evaluate(query: #"""
            t := io.jwt.encode_sign({"alg": "HS256"}, {"sub": "alice"}, {"kty": "oct", "k": "c2VjcmV0"})
            ok := io.jwt.verify_hs256(t, "secret")
            [_, payload, _] := io.jwt.decode(t)
            [valid, _, _] := io.jwt.decode_verify(t, {"secret": "secret", "iss": "nobody"})
            """#, input: nil)
        #expect(r.first?["valid"] == .bool(false))
        #expect(r.first?["ok"] == .bool(true))
        #expect(r.first?["payload"] == ["sub": "alice"])
    }

    @Test func graphqlValidation() throws {
        let engine = try RegoEngine(modules: [])
        let r = try engine.evaluate(query: #"""
            schema := "type Query { gpu(id: ID!): Int }"
            ok := graphql.is_valid("{ gpu(id: \"a\") }", schema)
            bad := graphql.is_valid("{ cpu }", schema)
            """#, input: nil)
        #expect(r.first?["ok"] == .bool(true))
        #expect(r.first?["bad"] == .bool(false))
    }

    /// Every declared built-in is implemented and listed in docs/builtins.md.
    @Test func catalogIsConsistentWithDocs() throws {
        #expect(RegoBuiltins.undeclaredImplementations.isEmpty)
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/builtins.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for e in RegoBuiltins.catalog {
            #expect(e.implemented, "\(e.name) is declared but not implemented")
            #expect(text.contains("| `\(e.name)` |"), "\(e.name) missing from docs/builtins.md")
        }
    }
}
