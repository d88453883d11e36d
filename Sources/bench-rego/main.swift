import Foundation
import Rego

let args = CommandLine.arguments
if args.count >= 2 && args[1] == "conformance" {
    let root = args.count >= 3 ? URL(fileURLWithPath: args[2]) : URL(fileURLWithPath: "../shared/data/opa-conformance/v1")
    let cases = try RegoConformance.loadCases(root: root)
    var results: [(RegoConformance.Case, RegoConformance.Outcome)] = []
    let verbose = args.contains("--failures")
    for c in cases {
        let o = RegoConformance.run(c)
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
print("usage: bench-rego conformance [DIR] [--failures] | bench-rego admission ...")
