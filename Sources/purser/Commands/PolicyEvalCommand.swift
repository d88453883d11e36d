import ArgumentParser
import Foundation
import PurserCore

struct PolicyEvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate a query against policies and an input document, like `opa eval`.",
        discussion: "Prints the query's results as JSON: an array of binding objects (empty when undefined). Exit 2 on a Rego or JSON error."
    )

    @Option(name: [.customShort("d"), .customLong("data")], help: "A .rego file or a folder of them (repeatable); .json files are loaded as data.")
    var data: [String] = []

    @Option(name: [.customShort("i"), .customLong("input")], help: "A JSON file used as `input`.")
    var input: String?

    @Option(help: "Rego syntax: auto, v0 or v1.")
    var regoVersion: String = "auto"

    @Flag(help: "Also explain the result: every rule body that succeeded, with its location, the value it contributed and its variables' bindings (like `opa eval --explain=notes`). The output becomes {\"result\": [...], \"explanation\": [...]}.")
    var explain = false

    @Argument(help: "The query, e.g. data.purser.deny or `x := data.kubernetes.admission.deny`.")
    var query: String

    func validate() throws {
        guard ["auto", "v0", "v1"].contains(regoVersion) else { throw ValidationError("--rego-version must be auto, v0 or v1") }
    }

    func run() async throws {
        do {
            let output = try PolicyBundle.evaluate(paths: data, inputPath: input, query: query, syntax: regoVersion, explain: explain)
            print(output)
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
