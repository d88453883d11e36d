import ArgumentParser
import Foundation
import PurserCore


struct CostIngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read FOCUS 1.0–1.2 CSV files (plain or .gz) into the ledger; each file all or nothing, the same file twice adds nothing."
    )

    @OptionGroup var ledger: LedgerOptions

    @Flag(help: "Skip invalid rows (counted and reported) instead of rejecting the file.")
    var skipInvalid = false

    @Flag(help: "Each file is a newer version of an export ingested before with --replace under the same absolute path (a month-to-date export rewritten in place): the earlier version is removed in the same transaction.")
    var replace = false

    @Option(help: "The tag whose value (namespace/name) allocates a row to a component.")
    var tagKey: String = "purser.io/component"

    @Argument(help: "FOCUS CSV files.")
    var files: [String]

    func run() async throws {
        do {
            let store = try LedgerStore.open(location: ledger.location)
            let showProgress = isatty(STDERR_FILENO) == 1
            for file in files {
                var options = CostIngestOptions(skipInvalid: skipInvalid, allocation: CostAllocationRules(componentKey: tagKey))
                options.replacing = replace
                if showProgress {
                    options.progress = { p in
                        let mb = Double(p.bytesRead) / 1_048_576
                        let line = String(format: "\r%@: %.1f MB, %d rows, %.0f rows/s%@", file, mb, p.rows, p.rowsPerSecond, p.finished ? "\n" : "")
                        FileHandle.standardError.write(Data(line.utf8))
                    }
                }
                // Replacement finds earlier versions by name: an absolute, standardized path is the
                // same however the file is spelled on the command line.
                let url = replace ? URL(fileURLWithPath: URL(fileURLWithPath: file).standardizedFileURL.path) : URL(fileURLWithPath: file)
                let summary = try CostIngest.ingest(file: url, into: store, options: options, audit: nil, actor: "cli")
                let replaced = !replace ? "" : summary.replaced.isEmpty ? "; no earlier version of \(url.path) to replace"
                    : "; replaced \(summary.replaced.count) earlier version(s) of \(url.path)"
                if summary.duplicate {
                    print("\(file): already in the ledger (same content); nothing added\(replaced)")
                    continue
                }
                print("\(file): FOCUS \(summary.focusVersion), \(summary.rowsIngested) rows ingested, \(summary.skipped) skipped, \(summary.unallocatedRows) unallocated, \(summary.facts) facts\(replaced)")
                for warning in summary.warnings { print("  warning: \(warning)") }
            }
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
