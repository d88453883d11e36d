// purser-bench: benchmarks and data generators, dispatched on the first argument.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "ledger":
    LedgerBench.main(Array(arguments.dropFirst()))
default:
    print("usage: purser-bench ledger ...")
}
