import Foundation
import Rego
import Testing

@Suite("Rego nesting depth")
struct NestingDepthTests {
    func compile(_ src: String, options: RegoOptions = .init()) throws -> RegoEngine {
        try RegoEngine(modules: [RegoModule(path: "deep.rego", source: src)], options: options)
    }

    func parseError(_ src: String, options: RegoOptions = .init()) -> RegoError? {
        do { _ = try compile(src, options: options); return nil } catch let e as RegoError { return e } catch { return nil }
    }

    @Test func longFlatSumEvaluatesLikeOPA() throws {
        let src = "package p\nx := " + Array(repeating: "1", count: 10_000).joined(separator: " + ") + "\n"
        #expect(src.utf8.count > 20_000)
        #expect(try compile(src).evaluateRef("data.p.x", input: nil) == 10_000)
    }

    @Test func longMixedChainKeepsPrecedenceAndOrder() throws {
        // 1 - 2 * 1 + 3 ... repeated: left to right, `*` binding tighter.
        let src = "package p\nx := 100" + String(repeating: " - 2 * 1 + 3", count: 1_000) + "\ny := 10 - 1 - 1\n"
        let e = try compile(src)
        #expect(try e.evaluateRef("data.p.x", input: nil) == 1_100)
        #expect(try e.evaluateRef("data.p.y", input: nil) == 8)
    }

    @Test func longChainOverInputEnumerates() throws {
        let src = "package p\ns contains x if { x := input.xs[_]" + String(repeating: " + input.one", count: 100) + " }\n"
        #expect(try compile(src).evaluateRef("data.p.s", input: ["xs": [1, 2], "one": 1]) == .set([101, 102]))
    }

    @Test func longRefEvaluates() throws {
        let src = "package p\nx := input" + String(repeating: ".a", count: 10_000) + "\n"
        #expect(try compile(src).evaluateRef("data.p.x", input: ["a": 1]) == nil)
    }

    @Test(arguments: [
        ("parentheses", String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)),
        ("arrays", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)),
        ("objects", String(repeating: "{\"a\": ", count: 100_000) + "1" + String(repeating: "}", count: 100_000)),
        ("unary minus", String(repeating: "- ", count: 100_000) + "1"),
        ("comprehensions", String(repeating: "[x | x := ", count: 100_000) + "1" + String(repeating: "]", count: 100_000)),
    ])
    func deepNestingIsALocatedParseError(_ name: String, _ term: String) throws {
        let err = try #require(parseError("package p\n\nx := " + term + "\n"))
        #expect(err.code == .parse)
        #expect(err.file == "deep.rego")
        #expect(err.line == 3)
        #expect(err.column > 5)
    }

    @Test func notNotNotIsALocatedParseError() throws {
        let err = try #require(parseError("package p\nx if {\n" + String(repeating: "not ", count: 100_000) + "input.a\n}\n"))
        #expect(err.code == .parse)
        #expect(err.line == 3)
    }

    @Test func nestingLimitIsConfigurable() throws {
        let nested = "package p\nx := " + String(repeating: "[", count: 50) + String(repeating: "]", count: 50) + "\n"
        #expect(parseError(nested) == nil)
        #expect(parseError(nested, options: RegoOptions(maxNestingDepth: 20))?.code == .parse)
        @Sendable func arrays(_ n: Int) -> String { "package p\nx := " + String(repeating: "[", count: n) + String(repeating: "]", count: n) + "\n" }
        // On a stack large enough for the default limit (debug-build frames are large).
        let outcome = LockedLines()
        let done = DispatchSemaphore(value: 0)
        let t = Thread {
            outcome.append(self.parseError(arrays(1_000)).map { "\($0)" } ?? "ok")
            outcome.append(self.parseError(arrays(1_001)).map { $0.message } ?? "ok")
            done.signal()
        }
        t.stackSize = 256 << 20
        t.start()
        done.wait()
        #expect(outcome.all == ["ok", "expression nested deeper than 1000 levels"])
        #expect(parseError(arrays(20), options: RegoOptions(maxNestingDepth: 20)) == nil)
    }

    @Test func deepQueryIsAParseError() throws {
        let e = try compile("package p\n")
        let q = String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + " == 1"
        #expect(throws: RegoError.self) { try e.evaluate(query: q, input: nil) }
    }

    @Test func deeplyNestedJSONInputIsAnError() {
        let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: RegoError.self) { try RegoValue(json: Data(json.utf8)) }
    }

    @Test func longFlatSumOnASmallStackThread() throws {
        let src = "package p\nx := " + Array(repeating: "1", count: 10_000).joined(separator: " + ") + "\ny := " +
            String(repeating: "(", count: 900) + "1" + String(repeating: ")", count: 900) + "\n"
        let done = DispatchSemaphore(value: 0)
        let outcome = LockedLines()
        let t = Thread {
            do {
                let e = try self.compile(src)
                outcome.append("\(try e.evaluateRef("data.p.x", input: nil) ?? .null)")
            } catch let err as RegoError { outcome.append(err.code.rawValue) } catch { outcome.append("\(error)") }
            done.signal()
        }
        t.stackSize = 512 * 1024
        t.start()
        done.wait()
        #expect(outcome.all == ["10000"] || outcome.all == ["rego_parse_error"] || outcome.all == ["rego_compile_error"])
    }
}

@Suite("Rego resource limits")
struct ResourceLimitTests {
    static let denyPolicy = """
        package p
        deny contains "cross product" if {
          input.cross
          some i in numbers.range(1, 300)
          some j in numbers.range(1, 300)
          some k in numbers.range(1, 300)
          i + j + k == 0
        }
        deny contains "big" if count([x | some x in numbers.range(1, input.n)]) > 0
        deny contains "bigger" if count({[x, y] | some x in numbers.range(1, input.n); some y in numbers.range(1, input.n)}) > 0
        """

    func limitError(_ options: RegoOptions, _ ref: String = "data.p.deny", input: RegoValue? = ["n": 1, "cross": true]) -> RegoError? {
        do {
            let e = try RegoEngine(modules: [RegoModule(path: "limits.rego", source: Self.denyPolicy)], options: options)
            let v = try e.evaluateRef(ref, input: input)
            Issue.record("evaluated to \(String(describing: v)) instead of hitting a limit")
            return nil
        } catch let e as RegoError { return e } catch { Issue.record("\(error)"); return nil }
    }

    @Test func stepLimitHaltsInsteadOfFailingOpen() throws {
        let err = try #require(limitError(RegoOptions(maxEvaluationSteps: 10_000)))
        #expect(err.code == .limit)
        #expect(err.file == "limits.rego")
    }

    @Test func deadlineHaltsInsteadOfFailingOpen() throws {
        let err = try #require(limitError(RegoOptions(maxEvaluationSteps: nil, timeout: .milliseconds(100))))
        #expect(err.code == .limit)
        #expect(err.file == "limits.rego")
    }

    @Test func collectionSizeLimitHaltsComprehensionsAndBuiltins() throws {
        let options = RegoOptions(maxEvaluationSteps: nil, timeout: nil, maxCollectionElements: 1_000)
        let src = [RegoModule(path: "c.rego", source: """
            package p
            compr := count([x | some x in input.xs])
            range := count(numbers.range(1, 1001))
            fine := count(numbers.range(1, 1000))
            pairs := count({[x, y] | some x in input.xs; some y in input.xs})
            """)]
        let e = try RegoEngine(modules: src, options: options)
        let xs: RegoValue = .array((0..<999).map { .int($0) })
        #expect(try e.evaluateRef("data.p.compr", input: ["xs": xs]) == 999)
        #expect(try e.evaluateRef("data.p.fine", input: nil) == 1000)
        for ref in ["data.p.range", "data.p.pairs"] {
            #expect(throws: RegoError.self) { try e.evaluateRef(ref, input: ["xs": xs]) }
            do { _ = try e.evaluateRef(ref, input: ["xs": xs]) } catch let err as RegoError { #expect(err.code == .limit) }
        }
        #expect(throws: RegoError.self) { try e.evaluateRef("data.p.compr", input: ["xs": .array((0..<1001).map { .int($0) })]) }
    }

    @Test func hugeComprehensionStopsAtTheDefaultLimit() throws {
        let err = try #require(limitError(RegoOptions(), "data.p.deny", input: ["n": 1_000_000_000]))
        #expect(err.code == .limit)
    }

    @Test func stringSizeLimitHaltsBuiltins() throws {
        let e = try RegoEngine(modules: [], options: RegoOptions(maxStringBytes: 1_000))
        for q in [#"x := concat("", [s | some _ in numbers.range(1, 100); s := "0123456789abcdef"])"#,
                  #"x := replace("aaaa", "a", "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789")"#,
                  #"x := sprintf("%2000d", [1])"#] {
            do {
                _ = try e.evaluate(query: q, input: nil)
                Issue.record("\(q) did not hit the limit")
            } catch let err as RegoError { #expect(err.code == .limit, "\(q)") }
        }
        #expect(try e.evaluate(query: #"x := concat("", ["a", "b"])"#, input: nil) == [["x": "ab"]])
    }

    @Test func memoryLimitHaltsComprehensionsOfLargeStrings() throws {
        let e = try RegoEngine(modules: [RegoModule(path: "m.rego", source: """
            package p
            deny contains "big" if count([s | some _ in numbers.range(1, 1000); s := concat("", [input.big, input.big])]) > 0
            """)], options: RegoOptions(maxEvaluationSteps: nil, timeout: nil, maxAllocatedBytes: 10_000_000))
        let big = RegoValue.string(String(repeating: "x", count: 100_000))
        do {
            let v = try e.evaluateRef("data.p.deny", input: ["big": big])
            Issue.record("evaluated to \(String(describing: v))")
        } catch let err as RegoError {
            #expect(err.code == .limit)
            #expect(err.message.contains("maxAllocatedBytes"))
        }
    }

    @Test func defaultsLetOrdinaryPoliciesRun() throws {
        let e = try RegoEngine(modules: [RegoModule(path: "limits.rego", source: Self.denyPolicy)],
                               options: RegoOptions(maxEvaluationSteps: nil, timeout: nil))
        #expect(try e.evaluateRef("data.p.deny", input: ["n": 3]) == .set(["big", "bigger"]))
    }
}

@Suite("Rego network built-ins")
struct NetworkBuiltinTests {
    @Test(arguments: [
        #"deny contains "blocked" if { r := http.send({"method": "get", "url": "https://example.com"}); r.status_code != 200 }"#,
        #"deny contains "blocked" if { not http.send({"method": "get", "url": "https://example.com"}).body.allowed }"#,
        // `.invalid` never resolves (RFC 6761): the lookup fails, and the failure halts.
        #"deny contains "blocked" if { ips := net.lookup_ip_addr("purser-test.invalid"); count(ips) == 0 }"#,
        #"deny contains "blocked" if { not net.lookup_ip_addr("purser-test.invalid") }"#,
    ])
    func networkBuiltinsHaltEvenWithoutStrictErrors(_ rule: String) throws {
        let e = try RegoEngine(modules: [RegoModule(path: "net.rego", source: "package p\n" + rule + "\n")])
        do {
            let v = try e.evaluateRef("data.p.deny", input: nil)
            Issue.record("deny evaluated to \(String(describing: v))")
        } catch let err as RegoError {
            #expect(err.code == .builtin)
            #expect(err.line == 2)
        }
    }

    @Test func raiseErrorFalseReturnsTheErrorToThePolicy() throws {
        let e = try RegoEngine(modules: [RegoModule(path: "net.rego", source: #"""
            package p
            deny contains "unreachable" if {
              r := http.send({"method": "get", "url": "https://example.com", "raise_error": false})
              r.status_code != 200
            }
            """#)])
        #expect(try e.evaluateRef("data.p.deny", input: nil) == .set(["unreachable"]))
    }

    @Test func literalAddressesNeedNoLookup() throws {
        #expect(try evalExpr(#"net.lookup_ip_addr("10.0.0.1")"#) == #"["10.0.0.1"]"#)
    }

    /// Host names go to the system resolver, /etc/hosts included, as Go's resolver does for OPA.
    @Test func localhostResolvesThroughTheSystemResolver() throws {
        let addresses = try evalExpr(#"net.lookup_ip_addr("localhost")"#)
        #expect([#"["127.0.0.1"]"#, #"["::1"]"#, #"["127.0.0.1","::1"]"#, #"["::1","127.0.0.1"]"#].contains(addresses), "\(addresses)")
    }
}

@Suite("Rego numbers out of range")
struct NumberRangeTests {
    /// OPA keeps every literal exactly, so one beyond a double's range is a number, written back
    /// as it was written; only an absurdly long one (over 4,096 characters) is refused, located.
    @Test func outOfRangeLiteralKeepsItsText() throws {
        let engine = try RegoEngine(modules: [RegoModule(path: "n.rego", source: "package p\nx := 1e400\n")])
        #expect(try engine.evaluate(query: "y := data.p.x", input: nil).first?["y"]?.jsonString() == "1e400")
        let long = "1." + String(repeating: "5", count: 5_000) + "e400"
        do {
            _ = try RegoEngine(modules: [RegoModule(path: "n.rego", source: "package p\nx := \(long)\n")])
            Issue.record("a 5,000-digit literal compiled")
        } catch let err as RegoError {
            #expect(err.code == .parse)
            #expect(err.line == 2)
        }
    }

    @Test func outOfRangeJSONInputKeepsItsText() throws {
        #expect(try RegoValue(jsonString: #"{"x": 1e400}"#).jsonString() == #"{"x":1e400}"#)
        #expect(try RegoValue(jsonString: #"[-1e400]"#).jsonString() == "[-1e400]")
        #expect(throws: RegoError.self) { try RegoValue(jsonString: "[1e" + String(repeating: "9", count: 5_000) + "]") }
    }

    @Test(arguments: ["1e308 * 10", "-1e308 * 10", "1e308 + 1e308", #"to_number("1e400")"#, #"units.parse("1e400")"#,
                      #"json.unmarshal("1e400")"#, #"yaml.unmarshal("1e400")"#, "1e308 / 1e-308", "2 * 1e308 - 1e308"])
    func overflowNeverProducesInfinity(_ expr: String) throws {
        for strict in [false, true] {
            do {
                let out = try evalExpr(expr, strict: strict)
                if let out { #expect(!out.lowercased().contains("inf") && !out.lowercased().contains("nan"), "\(expr) = \(out)") }
            } catch is RegoError {}
        }
    }

    @Test func nonFiniteNumbersNeverReachJSONOutput() {
        for d in [Double.infinity, -Double.infinity, Double.nan] {
            let text = RegoValue.array([.double(d)]).jsonString()
            #expect(!text.lowercased().contains("inf") && !text.lowercased().contains("nan"), "\(text)")
            #expect((try? RegoValue(jsonString: text)) != nil, "\(text) is not JSON")
        }
    }

    @Test func largeFiniteNumbersRoundTrip() throws {
        #expect(try evalExpr("1e308") == "1e+308")
        #expect(try evalExpr("9223372036854775807 + 1") == "9223372036854775808")
        #expect(try RegoValue(jsonString: "[1e308]").jsonString() == "[1e+308]")
    }
}

@Suite("Rego long paths")
struct LongPathTests {
    static func modules(_ n: Int) -> [String] {
        let long = Array(repeating: "a", count: n).joined(separator: ".")
        return ["package p\n\(long) := 1\n", "package \(long)\nx := 1\n", "package p\nimport data.\(long)\nx := a\n"]
    }

    @Test(arguments: modules(10_000))
    func overlongRuleAndPackagePathsAreLocatedParseErrors(_ src: String) throws {
        do {
            _ = try RegoEngine(modules: [RegoModule(path: "long.rego", source: src)])
            Issue.record("compiled")
        } catch let err as RegoError {
            #expect(err.code == .parse)
            #expect(err.line > 0)
        }
    }

    @Test(arguments: modules(900))
    func longRuleAndPackagePathsEvaluate(_ src: String) throws {
        let e = try RegoEngine(modules: [RegoModule(path: "long.rego", source: src)])
        #expect(try e.evaluate(query: "x := data", input: nil).count == 1)
    }
}
