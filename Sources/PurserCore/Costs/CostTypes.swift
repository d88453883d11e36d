import PurserLedger

// The ledger's value types under the names the CLI and server use, so those layers depend on
// PurserCore alone (as the design draws it) while the ledger keeps its own vocabulary.
public typealias CostDimension = Dimension
public typealias CostIngestOptions = IngestOptions
public typealias CostAllocationRules = AllocationRules
public typealias CostLedgerError = LedgerError
public typealias CostLedger = Ledger
