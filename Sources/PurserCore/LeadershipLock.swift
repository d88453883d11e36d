import PurserLedger

/// The lock electing one leader among the control-plane replicas that share a ledger (see
/// `PurserLedger.LeadershipLock`: a PostgreSQL advisory lock, or a file lock beside a SQLite ledger).
public typealias LeadershipLock = PurserLedger.LeadershipLock
