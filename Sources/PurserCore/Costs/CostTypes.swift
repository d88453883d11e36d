import PurserLedger

// The ledger's value types under the names the CLI and server use, so those layers depend on
// PurserCore alone (as docs/ARCHITECTURE.md draws it) while the ledger keeps its own vocabulary.
public typealias CostDimension = Dimension
public typealias CostIngestOptions = IngestOptions
public typealias CostAllocationRules = AllocationRules
public typealias CostLedgerError = LedgerError
public typealias CostLedger = Ledger
public typealias Day = PurserLedger.Day
public typealias AuditEntry = PurserLedger.AuditEntry
public typealias AuditEvent = PurserLedger.AuditEvent
public typealias AuditLog = PurserLedger.AuditLog
public typealias CostReport = PurserLedger.CostReport
public typealias AuditVerification = PurserLedger.AuditVerification
