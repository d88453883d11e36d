import Foundation

// Open-loop, constant-rate HTTP load (bench/server/README.md): sends POSTs at a fixed rate and
// records each latency from the moment the request was *due*, so a stalled server shows as
// latency instead of silently lowering the rate (coordinated omission).
let usage = """
    usage: bench-load --url URL --body FILE [--rate N] [--duration SECONDS] [--warmup SECONDS]
                      [--connections N] [--placeholder TEXT] [--bad FILE:STATUS,... --bad-every K] [--json]
    Sends N requests per second for SECONDS (after a warm-up that is not recorded), replacing the
    first occurrence of TEXT (default BENCH-UID) in the body with a distinct id per request.
    With --bad-every K, every K-th request sends the next --bad body instead, which must be answered
    with its STATUS; those are counted and timed apart from the good requests.
    """

// A write to a connection the server closed must fail with EPIPE, not end the process.
signal(SIGPIPE, SIG_IGN)
do {
    let options = try LoadOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    let report = try ConstantRateLoad(options: options).run()
    print(options.json ? report.json : report.text)
    exit(report.errors == 0 ? 0 : 1)
} catch let error as LoadOptions.Invalid {
    FileHandle.standardError.write(Data("bench-load: \(error.message)\n\(usage)\n".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("bench-load: \(error)\n".utf8))
    exit(3)
}
