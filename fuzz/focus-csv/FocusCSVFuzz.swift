import Foundation
import FuzzSupport
import PurserLedger

/// Where the scratch ledger and each input live: memory-backed when the system has /dev/shm,
/// because SQLite's syncs on a disk would otherwise cost more than the parsing under test.
private let scratchParent: URL = {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isFolder), isFolder.boolValue {
        return URL(fileURLWithPath: "/dev/shm")
    }
    return FileManager.default.temporaryDirectory
}()

/// One scratch ledger per process; each input is ingested into it and removed again, so the
/// database stays small however long the run.
private let scratchFolder: URL = {
    removeFoldersOfEndedRuns()
    let folder = scratchParent.appendingPathComponent("focus-csv-fuzz-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
        fatalError("cannot create the scratch folder \(folder.path): \(error)")
    }
    return folder
}()

/// libFuzzer ends with `_exit` on a crash, a timeout or Ctrl-C, so `atexit` cleanup does not always
/// run: folders left by processes that no longer exist are removed at the next start.
private func removeFoldersOfEndedRuns() {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: scratchParent.path)) ?? []
    for name in names where name.hasPrefix("focus-csv-fuzz-") {
        guard let pid = pid_t(name.dropFirst("focus-csv-fuzz-".count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
        try? FileManager.default.removeItem(at: scratchParent.appendingPathComponent(name))
    }
}

private let scratchLedger: Ledger = {
    atexit { try? FileManager.default.removeItem(at: scratchFolder) }
    do {
        return try Ledger(path: scratchFolder.appendingPathComponent("ledger.sqlite").path, currency: "USD")
    } catch {
        fatalError("cannot open the scratch ledger: \(error)")
    }
}()

private let exportFile = scratchFolder.appendingPathComponent("export.csv")

/// Reads the input as a FOCUS export: plain CSV in memory through `FocusExport.check` (the
/// parser and validation of an ingest, no database), gzip through a real ingest of a scratch file
/// (gzip is decompressed by a child process from a file). A bad file must be rejected with a
/// `LedgerError`; odd-sized inputs take the skip-invalid-rows path instead.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFocusCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var options = IngestOptions(skipInvalid: size % 2 == 1)
    options.parallel = false
    let isGzip = size >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    if !isGzip {
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
    do {
        try Data(bytes: data, count: size).write(to: exportFile)
    } catch {
        fatalError("cannot write \(exportFile.path): \(error)")
    }
    guard let summary = try? scratchLedger.ingest(file: exportFile, options: options) else { return 0 }
    if !summary.duplicate {
        _ = try? scratchLedger.removeFile(digest: summary.digest)
    }
    return 0
}

@main
struct FocusCSVFuzzTarget {
    static func main() { FuzzTarget.main(fuzzFocusCSV) }
}
