import Foundation
import PurserGit
import Testing
import PurserCore

@Suite struct FailureKindTests {
    struct Unclassified: Error {}

    @Test func everyErrorMapsToOneExitCode() throws {
        #expect(FailureKind.of(GitError(.badRevision, "x")).exitCode == 2)
        #expect(FailureKind.of(GitError(.commandFailed, "x")).exitCode == 3)
        #expect(FailureKind.of(CostLedgerError(.missingColumn, message: "x")).exitCode == 2)
        #expect(FailureKind.of(CostLedgerError(.missingLedger, message: "x")).exitCode == 2)
        #expect(FailureKind.of(CostLedgerError(.io, message: "x")).exitCode == 3)
        #expect(FailureKind.of(CostLedgerError(.notALedger, message: "x")).exitCode == 3)
        #expect(FailureKind.of(PolicyBundle.LoadError(description: "x")).exitCode == 2)
        #expect(FailureKind.of(Unclassified()).exitCode == 3)
        #expect(FailureKind.gateFailed.exitCode == 1)
    }

    @Test func aFolderPurserDidNotWriteIsInvalidInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-foreign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        #expect(throws: ManifestWriter.WriteError.self) { try ManifestWriter.write([], to: folder) }
        do { try ManifestWriter.write([], to: folder) } catch { #expect(FailureKind.of(error) == .invalidInput) }
    }

    @Test func aCorruptLedgerIsNamedNotGuessedFromItsMessage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-corrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ledger.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        do {
            _ = try LedgerStore.openExisting(path: path)
            Issue.record("a file of 'A's opened as a ledger")
        } catch let error as CostLedgerError {
            #expect(error.code == .notALedger)
        }
    }
}
