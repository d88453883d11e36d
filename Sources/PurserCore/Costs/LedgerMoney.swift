import Foundation
import PurserLedger

// The one conversion between the plan's money (`Decimal`) and the ledger's (integer nano-units,
// which SQLite sums exactly). Plan amounts have at most 6 decimals, so nothing is lost.
extension Money {
    /// A ledger amount as plan money, shown with `places` decimals.
    public init(ledger: PurserLedger.Money, places: Int = 2) {
        self.init(ledger.decimal, places: places)
    }

    /// This amount in the ledger's nano-units.
    public var ledgerAmount: PurserLedger.Money {
        var nanos = amount * 1_000_000_000
        var whole = Decimal()
        NSDecimalRound(&whole, &nanos, 0, .plain)
        return PurserLedger.Money(nanos: NSDecimalNumber(decimal: whole).int64Value)
    }
}
