/// The charge periods the ledger accepts, in Unix seconds (UTC).
///
/// A period must start on or after 2000-01-01 and before 2100-01-01, end no earlier than it
/// starts, and last at most 1,096 days (a three-year commitment with a leap day). Anything else is
/// a broken export (a year 0000, a swapped field), and accepting it would stretch every
/// day-by-day report over centuries of empty days. Rows outside are `period-out-of-range`
/// errors (skipped and counted with `skipInvalid`).
public enum ChargePeriodWindow {
    /// 2000-01-01T00:00:00Z: the earliest accepted ChargePeriodStart.
    public static let earliestStart: Int64 = 946_684_800
    /// 2100-01-01T00:00:00Z: ChargePeriodStart must be before it.
    public static let startLimit: Int64 = 4_102_444_800
    /// Longest accepted period: 1,096 days.
    public static let maxLength: Int64 = 1_096 * 86_400

    /// First and last accepted hour numbers (hours since 1970), for bounding queries.
    static let hours: ClosedRange<Int64> = (earliestStart / 3600)...(startLimit / 3600 - 1)

    /// The column at fault and why, or nil when the period is accepted (`end >= start` is
    /// checked before, as `period-order`).
    static func violation(start: Int64, end: Int64) -> (isStart: Bool, reason: String)? {
        if start < earliestStart || start >= startLimit {
            return (true, "outside the accepted window 2000-01-01 ≤ ChargePeriodStart < 2100-01-01")
        }
        if end - start > maxLength {
            return (false, "the charge period lasts \((end - start) / 86_400) days, more than the accepted 1096")
        }
        return nil
    }
}
