import GRDB

extension DatabaseMigrator {
    /// Migrates a SQLite file that other processes may be opening at the same moment (a CLI
    /// beside the server, several writers on a new ledger): GRDB reads the applied migrations
    /// before taking the write lock, so two openers of a new file can both try the first
    /// migration, and the second fails on tables the first just created. Then the migrations
    /// are complete (or the error is real), so check again and retry once.
    func migrateSharingTheFile(_ queue: DatabaseQueue) throws {
        do {
            try migrate(queue)
        } catch {
            if try queue.read({ try hasCompletedMigrations($0) }) { return }
            try migrate(queue)
        }
    }
}
