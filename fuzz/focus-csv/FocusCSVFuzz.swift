import Foundation
import FuzzSupport
import PurserLedger

/// Reads the input as a plain FOCUS CSV in memory through `FocusExport.check`: the reader, row
/// parsers and validation of an ingest, without the database. Gzip is not decoded here: the
/// `gzip` child process decompresses it, and its limits are unit-tested (`IngestLimitsTests`).
/// A bad file must be rejected with a `LedgerError`, and every row read is either stored or
/// skipped; odd-sized inputs take the skip-invalid-rows path.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFocusCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var options = IngestOptions(skipInvalid: size % 2 == 1)
    options.parallel = false
    do {
        let summary = try FocusExport.check(bytes: bytes, name: "fuzz.csv", options: options)
        if summary.rowsIngested + summary.skipped != summary.rows {
            fatalError("rows stored and skipped (\(summary.rowsIngested) + \(summary.skipped)) differ from rows read (\(summary.rows))")
        }
    } catch is LedgerError {
    } catch {
        fatalError("not a LedgerError: \(error)")
    }
    return 0
}

@main
struct FocusCSVFuzzTarget {
    static func main() { FuzzTarget.main(fuzzFocusCSV) }
}
