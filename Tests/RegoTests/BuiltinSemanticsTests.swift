import Foundation
import Rego
import Testing

/// Built-ins whose meaning in OPA's policy reference is easy to get subtly wrong: a relation, a
/// classful default, the input forms a parser accepts, a walk that shares what it has reached.
@Suite struct BuiltinSemanticsTests {
    static func results(_ query: String, input: RegoValue? = nil) throws -> [String] {
        try RegoEngine(modules: []).evaluate(query: query, input: input).map { $0.jsonString() }
    }

    /// `walk` is a relation: each [path, value] pair is its own solution, so a pattern in the
    /// output position filters and binds, and a comprehension collects the pairs.
    @Test func walkIsARelation() throws {
        let pairs = try Self.results(#"walk({"a": [1, 2]}, [p, v])"#)
        #expect(pairs == [#"{"p":[],"v":{"a":[1,2]}}"#, #"{"p":["a"],"v":[1,2]}"#, #"{"p":["a",0],"v":1}"#, #"{"p":["a",1],"v":2}"#])
        #expect(try Self.results(#"walk({"a": [1, 2]}, [["a", i], 2])"#) == [#"{"i":1}"#])
        #expect(try Self.results(#"x := [v | walk([3, [4]], [_, v]); is_number(v)]"#) == [#"{"x":[3,4]}"#])
        #expect(try Self.results(#"x := count([1 | walk(7, _)])"#) == [#"{"x":1}"#])
    }

    /// A bare IPv4 address in `net.cidr_merge` stands for its classful network (Go's
    /// `net.IP.DefaultMask`, as OPA); a bare IPv6 address has no default and is an error.
    @Test func cidrMergeWidensBareAddressesToTheirClass() throws {
        #expect(try evalExpr(#"net.cidr_merge(["192.0.128.0", "192.0.129.0"])"#) == #"["192.0.128.0/23"]"#)
        #expect(try evalExpr(#"net.cidr_merge(["10.1.2.3"])"#) == #"["10.0.0.0/8"]"#)
        #expect(try evalExpr(#"net.cidr_merge(["172.16.5.4", "172.17.0.0/16"])"#) == #"["172.16.0.0/15"]"#)
        #expect(try evalExpr(#"net.cidr_merge(["192.0.2.112", "192.0.2.116/31"])"#) == #"["192.0.2.0/24"]"#)
        #expect(throws: RegoError.self) { try evalExpr(#"net.cidr_merge(["2001:db8::1"])"#, strict: true) }
        #expect(try evalExpr(#"net.cidr_merge(["2001:db8::1/128", "2001:db8::/64"])"#) == #"["2001:db8::/64"]"#)
    }

    /// `uuid.parse` takes the forms Go's uuid.Parse takes (braces, `urn:uuid:`, no dashes) and
    /// decodes a version-1 UUID's time, clock sequence and node (expected values from Python's
    /// `uuid` module: time = (ticks − 0x01B21DD213814000) × 100 ns).
    @Test func uuidParseReadsEveryFormAndDecodesTimeBasedUUIDs() throws {
        let v1 = #"{"clocksequence":2111,"macvariables":"global:unicast","nodeid":"00-16-d3-cc-a4-27","time":902678014151289000,"variant":"RFC4122","version":1}"#
        for form in ["1b4e28ba-2fa1-11d2-883f-0016d3cca427", "{1b4e28ba-2fa1-11d2-883f-0016d3cca427}",
                     "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427", "1B4E28BA2FA111D2883F0016D3CCA427"] {
            #expect(try evalExpr(#"uuid.parse("\#(form)")"#) == v1, "\(form)")
        }
        #expect(try evalExpr(#"uuid.parse("00000000-0000-4000-8000-000000000000")"#) == #"{"variant":"RFC4122","version":4}"#)
        #expect(try evalExpr(#"uuid.parse("00000000-0000-4000-c000-000000000000")"#) == #"{"variant":"Microsoft","version":4}"#)
        for bad in ["1b4e28ba-2fa1-11d2-883f-0016d3cca42", "1b4e28ba_2fa1-11d2-883f-0016d3cca427", "{1b4e28ba-2fa1-11d2-883f-0016d3cca427", "urn:uuid:zb4e28ba-2fa1-11d2-883f-0016d3cca427"] {
            #expect(try evalExpr(#"uuid.parse("\#(bad)")"#) == nil, "\(bad)")
        }
    }

    /// `graph.reachable_paths` walks depth first from each edge of a start node; within one such
    /// walk a node one branch has expanded ends every later branch that reaches it (OPA's
    /// definition), so two branches that meet give one full path and one cut where they meet.
    @Test func reachablePathsShareWhatEachWalkHasReached() throws {
        let graph = #"{"s": ["a"], "a": ["b", "c"], "b": ["d"], "c": ["d"], "d": ["e"], "e": []}"#
        #expect(try evalExpr(#"graph.reachable_paths(\#(graph), ["s"])"#) == #"[["s","a","b","d","e"],["s","a","c"]]"#)
        // Each edge of a start node begins a walk of its own.
        #expect(try evalExpr(#"graph.reachable_paths({"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}, ["a"])"#) == #"[["a","b","d"],["a","c","d"]]"#)
        // A cycle ends where it closes; a neighbour outside the graph ends the path before it.
        #expect(try evalExpr(#"graph.reachable_paths({"x": ["y"], "y": ["x", "z"]}, {"x"})"#) == #"[["x","y"]]"#)
    }

    /// Base documents live in OPA's store, whose paths are strings: an integer key reads the
    /// object key with its decimal text. Input is a value, not the store: there it finds nothing.
    @Test func integerKeysIntoBaseDocumentsReadTheirDecimalText() throws {
        let engine = try RegoEngine(modules: [RegoModule(path: "p.rego", source: "package p\nviaData := data.nested[2]\nviaInput := input.nested[2]\nrow := data.table[1][0]\n")],
                                    data: ["nested": ["2": "bar"], "table": ["1": ["first"]]])
        #expect(try engine.evaluateRef("data.p.viaData", input: ["nested": ["2": "bar"]]) == .string("bar"))
        #expect(try engine.evaluateRef("data.p.viaInput", input: ["nested": ["2": "bar"]]) == nil)
        #expect(try engine.evaluateRef("data.p.row", input: nil) == .string("first"))
    }

    /// `every` over an undefined domain, or over one that cannot be iterated (a number, string,
    /// boolean or null), is false; over an empty collection it is true (OPA's policy reference).
    @Test func everyNeedsACollectionToIterate() throws {
        func holds(_ domain: String) throws -> Bool {
            let engine = try RegoEngine(modules: [RegoModule(path: "p.rego", source: "package p\ndefault ok := false\nok if { every v in \(domain) { v > 0 } }\n")])
            return try engine.evaluateRef("data.p.ok", input: ["n": 42]) == .bool(true)
        }
        #expect(try holds("[1, 2]") && holds("{1}") && holds(#"{"a": 1}"#) && holds("[]") && holds("set()"))
        #expect(try !holds("[1, 0]"))
        for domain in ["42", #""text""#, "true", "null", "input.missing", "data.nowhere", "input.n"] {
            #expect(try !holds(domain), "\(domain)")
        }
    }

    /// A ref in one argument of a call binds its key variable for the others: `x == a[x]` holds
    /// for the positions whose element equals the position (OPA's safety check accepts it).
    @Test func aRefArgumentBindsAVariableForTheOtherArguments() throws {
        let engine = try RegoEngine(modules: [RegoModule(path: "p.rego", source: "package p\nfixed contains i if { i == input.xs[i] }\nsame contains k if { startswith(k, input.m[k]) }\n")])
        #expect(try engine.evaluateRef("data.p.fixed", input: ["xs": [2, 1, 0, 3], "m": [:]]) == .set([1, 3]))
        #expect(try engine.evaluateRef("data.p.same", input: ["xs": [], "m": ["abc": "ab", "xyz": "q"]]) == .set(["abc"]))
    }

    /// RFC 7519 §5.1: a token whose header says `typ: JWT` carries a JSON claims set, so
    /// `io.jwt.encode_sign_raw` refuses any other payload; without `typ` any bytes may be signed.
    @Test func aJWTTypedTokenNeedsAJSONPayload() throws {
        let key = #"{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}"#
        for payload in [#""""#, #""e""#, #""{\"iss:\"joe\"}""#] {
            #expect(throws: RegoError.self, "\(payload)") {
                try evalExpr(#"io.jwt.encode_sign_raw("{\"typ\":\"JWT\",\"alg\":\"HS256\"}", \#(payload), "\#(key)")"#, strict: true)
            }
        }
        #expect(try evalExpr(#"io.jwt.encode_sign_raw("{\"alg\":\"HS256\"}", "e", "\#(key)")"#, strict: true) != nil)
    }

    /// `rego.parse_module` returns the module's syntax tree as OPA's ast.Module marshals it:
    /// `{"type", "value"}` terms, operators as calls of their built-in names, `default`, `else`,
    /// partial-set keys, function args; a parse error is a built-in error.
    @Test func parseModuleExportsOPAsSyntaxTree() throws {
        let source = ["package foo.bar", "import rego.v1", "import data.a as b", "default allow := false",
                      "allow if { b = true; not input.x[_] == 1 }", "deny contains msg if { msg := sprintf(\"%d\", [1]) }",
                      "f(x) := y if { y := x + 1 } else := 0"].joined(separator: "\n")
        let engine = try RegoEngine(modules: [], options: RegoOptions(strictBuiltinErrors: true))
        let ast = try #require(try engine.evaluate(query: #"x := rego.parse_module("x.rego", input.src)"#, input: ["src": .string(source)]).first?["x"])
        func json(_ v: RegoValue?) -> String { v?.jsonString() ?? "nil" }
        func at(_ v: RegoValue?, _ i: Int) -> RegoValue? { v?.arrayValue.flatMap { i < $0.count ? $0[i] : nil } }
        func v(_ type: String, _ value: String) -> String { #"{"type":"\#(type)","value":\#(value)}"# }
        #expect(json(ast["package"]) == #"{"path":[\#(v("var", #""data""#)),\#(v("string", #""foo""#)),\#(v("string", #""bar""#))]}"#)
        #expect(json(at(ast["imports"], 1)) == #"{"alias":"b","path":\#(v("ref", "[\(v("var", #""data""#)),\(v("string", #""a""#))]"))}"#)
        let rules = try #require(ast["rules"]?.arrayValue)
        #expect(rules.count == 4)
        #expect(rules[0]["default"] == .bool(true) && json(rules[0]["head"]?["value"]) == v("boolean", "false") && rules[0]["head"]?["assign"] == .bool(true))
        #expect(json(rules[1]["head"]) == #"{"name":"allow","ref":[\#(v("var", #""allow""#))],"value":\#(v("boolean", "true"))}"#)
        #expect(json(at(rules[1]["body"], 0)) == #"{"index":0,"terms":[\#(v("ref", "[\(v("var", #""eq""#))]")),\#(v("var", #""b""#)),\#(v("boolean", "true"))]}"#)
        #expect(at(rules[1]["body"], 1)?["negated"] == .bool(true) && json(at(at(at(rules[1]["body"], 1)?["terms"], 1)?["value"], 2)) == v("var", #""$0""#))
        #expect(json(rules[2]["head"]?["key"]) == v("var", #""msg""#) && rules[2]["head"]?["value"] == nil)
        #expect(json(rules[3]["head"]?["args"]) == "[\(v("var", #""x""#))]" && json(rules[3]["else"]?["head"]?["value"]) == v("number", "0"))
        #expect(throws: RegoError.self) { try engine.evaluate(query: #"x := rego.parse_module("x.rego", "package foo.")"#, input: nil) }
    }

    /// OPA's numbers are arbitrary precision: integers beyond 64 bits are read, compared, added,
    /// multiplied, shifted and printed exactly (2^64 = 18446744073709551616; (2^64)^2 = 2^128).
    @Test func integersBeyond64BitsStayExact() throws {
        #expect(try evalExpr("28857836529306024611913 != 28857836529306024611912") == "true")
        #expect(try evalExpr("18446744073709551616 * 18446744073709551616") == "340282366920938463463374607431768211456")
        #expect(try evalExpr("18446744073709551616 - 18446744073709551617") == "-1")
        #expect(try evalExpr("-9223372036854775808 - 1") == "-9223372036854775809")
        #expect(try evalExpr("bits.lsh(1, 100)") == "1267650600228229401496703205376")
        #expect(try evalExpr(#"sprintf("%d %v", [1208925819614629174706175, -1208925819614629174706175])"#) == #""1208925819614629174706175 -1208925819614629174706175""#)
        #expect(try evalExpr("[n | n := [1, 18446744073709551616, 18446744073709551615][_]; n > 18446744073709551615]") == "[18446744073709551616]")
        #expect(try evalExpr("sort([18446744073709551616, 3, -18446744073709551616, 18446744073709551615])") == "[-18446744073709551616,3,18446744073709551615,18446744073709551616]")
        let engine = try RegoEngine(modules: [])
        #expect(try engine.evaluate(query: "x := input.n + 1", input: try RegoValue(jsonString: #"{"n": 99999999999999999999}"#)).first?["x"]?.jsonString() == "100000000000000000000")
    }

    /// `opa.runtime()` is `{}`, as OPA's is when embedded without a runtime: no environment
    /// variable reaches a policy through it.
    @Test func runtimeIsEmptyWhenEmbedded() throws {
        #expect(try evalExpr("opa.runtime()") == "{}")
    }

    /// `json.match_schema` follows `$ref` within the schema (JSON pointers into `definitions` or
    /// `$defs`, recursive schemas); a circular reference or a reference outside the schema does
    /// not hang and does not pass.
    @Test func matchSchemaFollowsReferences() throws {
        let tree = ##"{"definitions": {"node": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/definitions/node"}}}}}, "$ref": "#/definitions/node"}"##
        func match(_ doc: String, _ schema: String) throws -> RegoValue? {
            try RegoEngine(modules: [], options: RegoOptions(strictBuiltinErrors: true))
                .evaluate(query: "x := json.match_schema(input.d, input.s)[0]", input: ["d": .string(doc), "s": .string(schema)]).first?["x"]
        }
        #expect(try match(#"{"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]}"#, tree) == .bool(true))
        #expect(try match(#"{"name": "a", "children": [{"name": "b", "children": [{"nom": "c"}]}]}"#, tree) == .bool(false))
        #expect(try match(#"{"a": 1}"#, ##"{"$defs": {"n": {"type": "integer"}}, "properties": {"a": {"$ref": "#/$defs/n"}}}"##) == .bool(true))
        #expect(try match(#"{"a": "x"}"#, ##"{"$defs": {"n": {"type": "integer"}}, "properties": {"a": {"$ref": "#/$defs/n"}}}"##) == .bool(false))
        #expect(try match(#"1"#, ##"{"$ref": "#"}"##) == .bool(false))
        #expect(try match(#"1"#, #"{"$ref": "https://example.com/schema.json"}"#) == .bool(false))
        #expect(throws: RegoError.self) { try match(#"1"#, ##"{"anyOf": [{"$ref": "#"}, {"$ref": "#"}, {"type": "string"}]}"##) }
    }

    /// A rule with a generic ref head produces whole values; another rule may add keys beside
    /// them but not write inside one (OPA reports a conflict), and may repeat one exactly.
    @Test func aRuleMayNotWriteInsideAnotherRulesValue() throws {
        func p(_ rules: String) throws -> RegoValue? {
            try RegoEngine(modules: [RegoModule(path: "p.rego", source: "package t\n" + rules)]).evaluateRef("data.t.p", input: nil)
        }
        #expect(throws: RegoError.self) { try p("p[q].r := v if { q := \"q\"; v := {\"s\": {\"t\": 1}} }\np.q.r.s.u := 42\n") }
        #expect(try p("p[q].r := 1 if { q := \"q\" }\np.other.r := 2\n") == .object(["q": ["r": 1], "other": ["r": 2]]))
        #expect(try p("p[q].r := 1 if { q := \"q\" }\np.q.r := 1\n") == .object(["q": ["r": 1]]))
    }

    /// OPA keeps a number's literal text, and `Number.Int()` parses that text as an int64: `1` is
    /// an integer, `1.0` and `1e9` are not, though all compare equal to the integers they denote.
    /// So builtins taking an `IntOperand` and array indexing refuse them, while those taking a
    /// `BigIntOperand` (bits, numbers.range) accept any integral value, and computed numbers
    /// (`2.0 * 1`) are integers again.
    @Test func numbersWrittenWithAFractionOrExponentAreNotIntegerOperands() throws {
        #expect(try evalExpr(#"substring("abcdef", 1, 2)"#) == #""bc""#)
        for call in [#"substring("abcdef", 1.0, 2)"#, #"array.slice([1, 2, 3], 1e0, 2)"#, #"rand.intn("seed", 10.0)"#,
                     #"regex.find_n("a", "aaa", 2.0)"#, #"time.add_date(0, 1.0, 0, 0)"#] {
            #expect(throws: RegoError.self, "\(call)") { try evalExpr(call, strict: true) }
        }
        #expect(try evalExpr(#"array.slice([1, 2, 3], 1, 2)"#) == "[2]")
        #expect(throws: RegoError.self) { try evalExpr(#"format_int(255, 16.0)"#, strict: true) }
        #expect(try evalExpr(#"bits.or(1.0, 2)"#) == "3")
        #expect(try evalExpr(#"numbers.range(1e0, 3)"#) == "[1,2,3]")
        // Indexing an array: OPA's Array.Get takes Number.Int().
        #expect(try Self.results(#"x := [10, 20, 30][1]"#) == [#"{"x":20}"#])
        #expect(try Self.results(#"x := [10, 20, 30][1.0]"#) == [])
        #expect(try Self.results(#"i := 2.0 * 1; x := [10, 20, 30][i]"#) == [#"{"i":2,"x":30}"#])
        // Equality, sets and object keys are by value.
        #expect(try evalExpr("1.0 == 1") == "true")
        #expect(try evalExpr("count({1.0, 1, 1e0})") == "1")
        #expect(try evalExpr(#"{1: "a"}[1.0]"#) == #""a""#)
        // Go's fmt sees a float64: %d does not apply, %v prints it plainly.
        #expect(try evalExpr(#"sprintf("%d %d %v", [1, 1.0, 1.0])"#) == #""1 %!d(float64=1) 1""#)
        // JSON input keeps the text too.
        let input = try RegoValue(jsonString: #"{"whole": 1, "written": 1.0}"#)
        #expect(try Self.results(#"x := substring("abc", input.whole, 1)"#, input: input) == [#"{"x":"b"}"#])
        #expect(throws: RegoError.self) {
            try RegoEngine(modules: [], options: RegoOptions(strictBuiltinErrors: true)).evaluate(query: #"x := substring("abc", input.written, 1)"#, input: input)
        }
    }

    /// OPA keeps every number literal exactly; one beyond a double's range (`2e308`) is still a
    /// number: it prints as written (Go's fmt gets its text), orders by value against every
    /// other number, and equals the same value written another way. Arithmetic on it is an
    /// error here (OPA computes it exactly), never a silent infinity.
    @Test func literalsBeyondADoublesRangeKeepTheirValueAndText() throws {
        #expect(try Self.results("x := 2e308") == [#"{"x":2e308}"#])
        #expect(try evalExpr(#"sprintf("%v|%d|%s", [2e308, -1e400, 2e308])"#) == #""2e308|%!d(string=-1e400)|2e308""#)
        #expect(try evalExpr("[2e308 > 1.7e308, -2e308 < -1, 3e308 > 2e308, -3e308 < -2e308, 2e308 > 9223372036854775808]") == "[true,true,true,true,true]")
        #expect(try evalExpr("[2e308 == 20e307, 2e308 == 0.2e309, 2e308 == 3e308]") == "[true,true,false]")
        #expect(try evalExpr("count({2e308, 20e307, 3e308})") == "2")
        let tenTo400 = "1" + String(repeating: "0", count: 400)
        #expect(try evalExpr("[1e400 == \(tenTo400), 1e400 < \(tenTo400)1, count({1e400, \(tenTo400)})]") == "[true,true,1]")
        #expect(try evalExpr("sort([3e308, 1, -2e308, 2e308])") == "[-2e308,1,2e308,3e308]")
        #expect(try evalExpr("[type_name(2e308), is_number(2e308)]") == #"["number",true]"#)
        #expect(throws: RegoError.self) { try evalExpr("2e308 + 1", strict: true) }
        let input = try RegoValue(jsonString: #"{"huge": 1e400}"#)
        #expect(try Self.results("x := input.huge > 1e399", input: input) == [#"{"x":true}"#])
        // An exponent beyond any integer saturates instead of trapping.
        #expect(try evalExpr("1e99999999999999999999999 > 1e400") == "true")
    }
}
