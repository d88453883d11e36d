import ArgumentParser
import PurserCore

/// Where the ledger lives; shared by the cost commands.
struct LedgerOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "The data folder holding ledger.sqlite.")
    var dataDirectory: String = ".purser"

    @Option(name: .customLong("ledger"), help: "The ledger: a SQLite file, or a PostgreSQL URL postgres://USER@HOST:PORT/DATABASE[?schema=NAME] (overrides --data).")
    var ledger: String?

    /// `--ledger`, else `ledger.sqlite` in the data folder.
    var location: String { LedgerStore.location(ledger: ledger, dataDirectory: dataDirectory) }
}

/// An inclusive UTC day range, `YYYY-MM-DD`.
struct DayRangeOptions: ParsableArguments {
    @Option(help: "First UTC day included (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Last UTC day included (YYYY-MM-DD).")
    var to: String?

    var fromDay: Day? { from.flatMap(Day.init) }
    var toDay: Day? { to.flatMap(Day.init) }

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, Day(value) == nil { throw ValidationError("\(name) '\(value)' is not a day such as 2026-11-27") }
        }
    }
}
