import Foundation

/// Runs OPA's JSON conformance cases (`{"cases": [...]}` files, one folder per category).
///
/// ```swift
/// let cases = try RegoConformance.loadCases(root: URL(fileURLWithPath: "opa-conformance/v1"))
/// let outcome = RegoConformance.run(cases[0])
/// ```
public enum RegoConformance {
    /// One case, parsed from its file.
    public struct Case: Sendable, CustomStringConvertible {
        public let category: String
        public let file: String
        public let note: String
        public let raw: RegoValue
        public var description: String { note }
    }

    /// The verdict of one case.
    public struct Outcome: Sendable {
        public enum Verdict: String, Sendable { case pass, fail, skip }
        public var verdict: Verdict
        /// Short explanation for failures.
        public var detail: String
    }

    /// Loads every case under `root/<category>/`, from `*.json` files and from OPA's own
    /// `*.yaml` files (read as OPA's loader reads them, with YAML 1.1 scalars), sorted by file.
    public static func loadCases(root: URL) throws -> [Case] {
        let fm = FileManager.default
        var out: [Case] = []
        for cat in try fm.contentsOfDirectory(atPath: root.path).sorted() {
            let dir = root.appendingPathComponent(cat)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else { continue }
            for f in try fm.contentsOfDirectory(atPath: dir.path).sorted() where f.hasSuffix(".json") || f.hasSuffix(".yaml") {
                let contents = try Data(contentsOf: dir.appendingPathComponent(f))
                let v = f.hasSuffix(".json") ? try RegoValue(json: contents) : try YAML.parse(String(decoding: contents, as: UTF8.self))
                guard case .array(let cases)? = v["cases"] else { continue }
                for (i, c) in cases.enumerated() {
                    let note = c["note"]?.stringValue ?? "\(cat)/\(f)#\(i)"
                    out.append(Case(category: cat, file: f, note: note, raw: stripPlan(c)))
                }
            }
        }
        return out
    }

    private static func stripPlan(_ c: RegoValue) -> RegoValue {
        guard case .object(var o) = c else { return c }
        o[.string("plan")] = nil
        o[.string("want_plan_result")] = nil
        return .object(o)
    }

    /// Runs one case: compile modules with data, set input, evaluate the query, compare.
    /// `regoVersion` is the syntax of the case's modules (OPA keeps its v0 cases apart, in
    /// `test/cases/testdata/v0`).
    public static func run(_ c: Case, regoVersion: RegoOptions.RegoVersion = .v1) -> Outcome {
        let r = c.raw
        if r["ignore"] == .bool(true) { return Outcome(verdict: .skip, detail: "marked ignore in the case file") }
        let wantError = r["want_error_code"] != nil || r["want_error"] != nil
        do {
            var modules: [RegoModule] = []
            if case .array(let ms)? = r["modules"] {
                for (i, m) in ms.enumerated() { modules.append(RegoModule(path: "mod\(i).rego", source: m.stringValue ?? "")) }
            }
            let options = RegoOptions(regoVersion: regoVersion, strictBuiltinErrors: r["strict_error"] == .bool(true))
            // A case without data (YAML `data:` with nothing after it) has an empty base document.
            let data = r["data"].flatMap { $0 == .null ? nil : $0 } ?? .object([:])
            let engine = try RegoEngine(modules: modules, data: data, options: options)
            var input: RegoValue? = r["input"]
            if input == nil, let term = r["input_term"]?.stringValue {
                let scratch = try RegoEngine(modules: [], options: options)
                input = try scratch.prepare(query: "__input__ = \(term)").evaluate(input: nil).first?["__input__"]
            }
            let query = r["query"]?.stringValue ?? ""
            let results = try engine.prepare(query: query).evaluate(input: input)
            if wantError {
                return Outcome(verdict: .fail, detail: "expected error \(r["want_error_code"]?.stringValue ?? ""), got result")
            }
            let ignoreGenerated = r["ignore_generated_vars"] == .bool(true)
            // `sort_bindings`: OPA's harness sorts array bindings before comparing (their order is unspecified).
            let sortBindings = r["sort_bindings"] == .bool(true)
            func sortedBinding(_ v: RegoValue) -> RegoValue {
                guard sortBindings, case .array(let items) = v else { return v }
                return .array(items.sorted())
            }
            let got = results.map { b -> String in
                var o: [RegoValue: RegoValue] = [:]
                for (k, v) in b where !(ignoreGenerated && k.hasPrefix("__")) { o[.string(k)] = sortedBinding(v) }
                return canonical(.object(o))
            }.sorted()
            let want = (r["want_result"]?.arrayValue ?? []).map { b -> String in
                guard case .object(let o) = b else { return canonical(b) }
                var kept: [RegoValue: RegoValue] = [:]
                for (k, v) in o where !(ignoreGenerated && (k.stringValue ?? "").hasPrefix("__")) { kept[k] = sortedBinding(v) }
                return canonical(.object(kept))
            }.sorted()
            if got == want { return Outcome(verdict: .pass, detail: "") }
            return Outcome(verdict: .fail, detail: "got \(got.prefix(3)) want \(want.prefix(3))")
        } catch {
            if wantError { return Outcome(verdict: .pass, detail: "") }
            return Outcome(verdict: .fail, detail: "error: \(error)")
        }
    }

    /// JSON canonical text (sets as sorted arrays) after a JSON round trip of numbers.
    static func canonical(_ v: RegoValue) -> String {
        (try? RegoValue(jsonString: v.jsonString()))?.jsonString() ?? v.jsonString()
    }

    /// Per-category report: pass, fail and skip counts, plus the total.
    public static func report(_ results: [(Case, Outcome)]) -> String {
        var per: [String: [Outcome.Verdict: Int]] = [:]
        for (c, o) in results { per[c.category, default: [:]][o.verdict, default: 0] += 1 }
        var s = "| category | pass | fail | skip |\n| --- | ---: | ---: | ---: |\n"
        var total: [Outcome.Verdict: Int] = [:]
        for k in per.keys.sorted() {
            let e = per[k]!
            s += "| \(k) | \(e[.pass] ?? 0) | \(e[.fail] ?? 0) | \(e[.skip] ?? 0) |\n"
            for (v, n) in e { total[v, default: 0] += n }
        }
        let p = total[.pass] ?? 0, f = total[.fail] ?? 0, sk = total[.skip] ?? 0
        s += "| **total** | \(p) | \(f) | \(sk) |\n"
        s += String(format: "\npass rate: %.1f%% (%d of %d)\n", Double(p) * 100 / Double(max(1, p + f + sk)), p, p + f + sk)
        return s
    }
}
