import Foundation
import Rego

/// `bench-rego admission`: evaluates admission policies over JSONL inputs, like rego_ref.py --bench.
enum AdmissionBench {
    static func run(_ args: [String]) throws {
        var policyDir = "bench/rego/policies", inputsPath = "", query = "data.kubernetes.admission.deny"
        var n = 10_000
        var version = RegoOptions.RegoVersion.v0
        var only = ""
        var i = 0
        while i < args.count {
            let a = args[i]
            let next = i + 1 < args.count ? args[i + 1] : ""
            switch a {
            case "--policy-dir": policyDir = next; i += 1
            case "--inputs": inputsPath = next; i += 1
            case "--query": query = next; i += 1
            case "--n": n = Int(next) ?? n; i += 1
            case "--only": only = next; i += 1
            case "--rego-version": version = next == "v1" ? .v1 : (next == "auto" ? .auto : .v0); i += 1
            default: break
            }
            i += 1
        }
        let t0 = Date()
        var modules: [RegoModule] = []
        let fm = FileManager.default
        let files = (fm.enumerator(atPath: policyDir)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".rego") }.sorted()
        for f in files {
            modules.append(RegoModule(path: policyDir + "/" + f, source: try String(contentsOfFile: policyDir + "/" + f, encoding: .utf8)))
        }
        let engine = try RegoEngine(modules: modules, options: RegoOptions(regoVersion: version))
        let prepared = try engine.prepare(query: "__r__ = \(query)")
        let parseSeconds = Date().timeIntervalSince(t0)
        let lines = try String(contentsOfFile: inputsPath, encoding: .utf8).split(separator: "\n").map { Data($0.utf8) }
        guard !lines.isEmpty else { throw RegoError(code: .internalError, message: "no inputs in \(inputsPath)") }

        // Correctness: the number of deny messages must match gen_admission.py's `_expected_deny`.
        var mismatches = 0
        var denied = 0
        for line in lines {
            let input = try RegoValue(json: line)
            let r = try prepared.evaluate(input: input).first?["__r__"]
            let count = r?.setValue?.count ?? 0
            if count > 0 { denied += 1 }
            if let exp = input["_expected_deny"]?.numberValue?.intValue, exp != count { mismatches += 1 }
        }
        for line in lines.prefix(100) { _ = try prepared.evaluate(input: RegoValue(json: line)) }
        if !only.isEmpty {
            // Profiling aid: run one phase only (`--only parse` or `--only eval`).
            let parsed = try lines.prefix(1000).map { try RegoValue(json: $0) }
            let t = DispatchTime.now().uptimeNanoseconds
            for k in 0..<n {
                if only == "parse" { _ = try RegoValue(json: lines[k % lines.count]) } else { _ = try prepared.evaluate(input: parsed[k % parsed.count]) }
            }
            print("\(only): \(Int(Double(n) / (Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9))) per second")
            return
        }
        var nonEmpty = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for k in 0..<n {
            let input = try RegoValue(json: lines[k % lines.count])
            if let r = try prepared.evaluate(input: input).first?["__r__"], r.setValue?.isEmpty == false { nonEmpty += 1 }
        }
        let secs = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // Split of the cost: JSON parsing alone, evaluation alone (inputs parsed beforehand).
        let p0 = DispatchTime.now().uptimeNanoseconds
        for k in 0..<n { _ = try RegoValue(json: lines[k % lines.count]) }
        let parseSecs = Double(DispatchTime.now().uptimeNanoseconds - p0) / 1e9
        let parsed = try lines.prefix(1000).map { try RegoValue(json: $0) }
        let e0 = DispatchTime.now().uptimeNanoseconds
        for k in 0..<n { _ = try prepared.evaluate(input: parsed[k % parsed.count]) }
        let evalSecs = Double(DispatchTime.now().uptimeNanoseconds - e0) / 1e9
        let out: RegoValue = [
            "engine": "purser Rego (Swift)",
            "policy_parse_s": .double((parseSeconds * 1e6).rounded() / 1e6),
            "n": .int(n),
            "distinct_inputs": .int(lines.count),
            "nonempty_results": .int(nonEmpty),
            "denied_inputs": .int(denied),
            "expected_count_mismatches": .int(mismatches),
            "seconds": .double((secs * 1e4).rounded() / 1e4),
            "evals_per_s": .double((Double(n) / secs * 10).rounded() / 10),
            "json_parse_only_per_s": .double((Double(n) / parseSecs).rounded()),
            "eval_only_per_s": .double((Double(n) / evalSecs).rounded()),
            "note": "each evaluation parses the input JSON text and evaluates the query",
        ]
        print(out.prettyJSONString())
        if mismatches > 0 { exit(1) }
    }
}
