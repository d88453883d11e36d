import Foundation
import Rego

let args = CommandLine.arguments
if args.count >= 2 && args[1] == "conformance" {
    let root = args.count >= 3 && !args[2].hasPrefix("--") ? URL(fileURLWithPath: args[2]) : URL(fileURLWithPath: "Tests/Data/opa-conformance/v1")
    let version: RegoOptions.RegoVersion = args.contains("--v0") ? .v0 : .v1
    let cases = try RegoConformance.loadCases(root: root)
    var results: [(RegoConformance.Case, RegoConformance.Outcome)] = []
    let verbose = args.contains("--failures")
    for c in cases {
        let o = RegoConformance.run(c, regoVersion: version)
        results.append((c, o))
        if verbose && o.verdict == .fail { print("FAIL\t\(c.category)/\(c.file)#\(c.note)\t\(o.detail.prefix(300).replacingOccurrences(of: "\n", with: " "))") }
    }
    print(RegoConformance.report(results))
    exit(0)
}
if args.count >= 2 && args[1] == "admission" {
    do { try AdmissionBench.run(Array(args.dropFirst(2))) } catch { FileHandle.standardError.write(Data("\(error)\n".utf8)); exit(2) }
    exit(0)
}
if args.count >= 2 && args[1] == "eval" {
    // bench-rego eval [-d file.rego]... [-i input.json] [--data data.json] QUERY
    var mods: [RegoModule] = []
    var input: RegoValue?
    var data: RegoValue = .object([:])
    var query = ""
    var i = 2
    do {
        while i < args.count {
            switch args[i] {
            case "-d": mods.append(RegoModule(path: args[i + 1], source: try String(contentsOfFile: args[i + 1], encoding: .utf8))); i += 1
            case "-i": input = try RegoValue(json: Data(contentsOf: URL(fileURLWithPath: args[i + 1]))); i += 1
            case "--data": data = try RegoValue(json: Data(contentsOf: URL(fileURLWithPath: args[i + 1]))); i += 1
            default: query = args[i]
            }
            i += 1
        }
        let engine = try RegoEngine(modules: mods, data: data)
        for r in try engine.evaluate(query: query, input: input) { print(r.jsonString()) }
    } catch {
        print("\(error)")
        exit(2)
    }
    exit(0)
}
if args.count >= 2 && args[1] == "builtins" {
    print(RegoBuiltins.markdownTable(), terminator: "")
    exit(0)
}
print("usage: bench-rego conformance [DIR] [--v0] [--failures] | admission --inputs F.jsonl [--n N] | eval [-d f.rego] [-i input.json] QUERY | builtins")
