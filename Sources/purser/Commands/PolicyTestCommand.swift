import ArgumentParser
import Foundation
import PurserCore

struct PolicyTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every `test_` rule under the given paths, like `opa test`.",
        discussion: "Exit 0 when all pass, 1 when any fails or errors, 2 when a policy does not parse or compile."
    )

    @Argument(help: "Files or folders of .rego (and .json data) files.")
    var paths: [String]

    @Option(help: "Rego syntax: auto, v0 or v1.")
    var regoVersion: String = "auto"

    @Flag(name: .shortAndLong, help: "List every test, not only failures.")
    var verbose = false

    func run() async throws {
        do {
            let report = try PolicyBundle.test(paths: paths, syntax: regoVersion)
            for result in report.results where verbose || !result.passed {
                let status = result.passed ? "PASS" : (result.error == nil ? "FAIL" : "ERROR")
                print("\(result.name): \(status)\(result.error.map { "\n  \($0)" } ?? "")")
            }
            let failed = report.results.filter { !$0.passed }.count
            print("\(report.results.count - failed) passed, \(failed) failed")
            if failed > 0 { throw ExitCode(1) }
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
