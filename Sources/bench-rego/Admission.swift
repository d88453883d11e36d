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

        // Inputs are parsed through the query's input selection, as the webhook does: only the parts
        // the policies can read are built (`RegoInputSelection`).
        let selection = prepared.inputSelection
        // Correctness: the number of deny messages must match gen_admission.py's `_expected_deny`,
        // and the selected input must give the same result as the whole one.
        var mismatches = 0, selectionMismatches = 0
        var denied = 0
        for line in lines {
            let whole = try RegoValue(json: line)
            let r = try prepared.evaluate(input: try RegoValue(json: line, selecting: selection)).first?["__r__"]
            if try prepared.evaluate(input: whole).first?["__r__"] != r { selectionMismatches += 1 }
            let count = r?.setValue?.count ?? 0
            if count > 0 { denied += 1 }
            if let exp = whole["_expected_deny"]?.numberValue?.intValue, exp != count { mismatches += 1 }
        }
        for line in lines.prefix(100) { _ = try prepared.evaluate(input: RegoValue(json: line, selecting: selection)) }
        if !only.isEmpty {
            // Profiling aid: run one phase only (`--only parse` or `--only eval`).
            let parsed = try lines.prefix(1000).map { try RegoValue(json: $0, selecting: selection) }
            let t = DispatchTime.now().uptimeNanoseconds
            for k in 0..<n {
                if only == "parse" { _ = try RegoValue(json: lines[k % lines.count], selecting: selection) } else { _ = try prepared.evaluate(input: parsed[k % parsed.count]) }
            }
            print("\(only): \(Int(Double(n) / (Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9))) per second")
            return
        }
        func timed(_ body: (Int) throws -> Void) rethrows -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            for k in 0..<n { try body(k) }
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        var nonEmpty = 0
        let secs = try timed { k in
            let input = try RegoValue(json: lines[k % lines.count], selecting: selection)
            if let r = try prepared.evaluate(input: input).first?["__r__"], r.setValue?.isEmpty == false { nonEmpty += 1 }
        }
        // The same with the whole input built, as an engine without the selection would.
        let wholeSecs = try timed { k in _ = try prepared.evaluate(input: RegoValue(json: lines[k % lines.count])) }
        // Split of the cost: JSON parsing alone, evaluation alone (inputs parsed beforehand).
        let parseSecs = try timed { k in _ = try RegoValue(json: lines[k % lines.count], selecting: selection) }
        let wholeParseSecs = try timed { k in _ = try RegoValue(json: lines[k % lines.count]) }
        let parsed = try lines.prefix(1000).map { try RegoValue(json: $0, selecting: selection) }
        let evalSecs = try timed { k in _ = try prepared.evaluate(input: parsed[k % parsed.count]) }
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
            "whole_input_evals_per_s": .double((Double(n) / wholeSecs * 10).rounded() / 10),
            "json_parse_only_per_s": .double((Double(n) / parseSecs).rounded()),
            "whole_json_parse_only_per_s": .double((Double(n) / wholeParseSecs).rounded()),
            "eval_only_per_s": .double((Double(n) / evalSecs).rounded()),
            "input_selection": .string(selection.description),
            "selection_mismatches": .int(selectionMismatches),
            "note": "each evaluation parses the input JSON text (building only the parts the policies can read) and evaluates the query; whole_input_evals_per_s builds all of it",
        ]
        print(out.prettyJSONString())
        if mismatches > 0 || selectionMismatches > 0 { exit(1) }
    }
}
