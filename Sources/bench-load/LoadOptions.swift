import Foundation

/// The command line of `bench-load`.
struct LoadOptions {
    struct Invalid: Error { var message: String }

    var url: URL
    var body: [UInt8]
    var placeholder = "BENCH-UID"
    var rate = 1_000
    var duration: Double = 20
    var warmup: Double = 3
    var connections = 64
    var json = false
    /// Bodies the server must refuse or decide otherwise, each with the HTTP status it must answer.
    var badBodies: [(body: [UInt8], status: Int)] = []
    /// Every `badEvery`-th request sends the next of `badBodies` instead (0: none).
    var badEvery = 0

    init(arguments: [String]) throws {
        var values: [String: String] = [:]
        var flags: Set<String> = []
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            guard name.hasPrefix("--") else { throw Invalid(message: "unexpected argument '\(name)'") }
            if name == "--json" {
                flags.insert(name)
                index += 1
                continue
            }
            guard index + 1 < arguments.count else { throw Invalid(message: "\(name) needs a value") }
            values[name] = arguments[index + 1]
            index += 2
        }
        let known: Set<String> = ["--url", "--body", "--rate", "--duration", "--warmup", "--connections", "--placeholder", "--bad", "--bad-every"]
        if let unknown = values.keys.first(where: { !known.contains($0) }) { throw Invalid(message: "unknown option \(unknown)") }
        guard let text = values["--url"], let url = URL(string: text), url.scheme == "http" || url.scheme == "https" else {
            throw Invalid(message: "--url must be an http(s) URL")
        }
        guard let path = values["--body"], let data = FileManager.default.contents(atPath: path) else {
            throw Invalid(message: "--body must name a readable file")
        }
        self.url = url
        body = Array(data)
        json = flags.contains("--json")
        if let value = values["--placeholder"] { placeholder = value }
        func number<T: LosslessStringConvertible & Comparable>(_ name: String, _ current: T, _ range: ClosedRange<T>) throws -> T {
            guard let text = values[name] else { return current }
            guard let value = T(text), range.contains(value) else { throw Invalid(message: "\(name) must be in \(range), got '\(text)'") }
            return value
        }
        rate = try number("--rate", rate, 1...1_000_000)
        duration = try number("--duration", duration, 0.1...3_600)
        warmup = try number("--warmup", warmup, 0...600)
        connections = try number("--connections", connections, 1...10_000)
        badEvery = try number("--bad-every", badEvery, 0...1_000_000)
        for item in (values["--bad"] ?? "").split(separator: ",") {
            guard let colon = item.lastIndex(of: ":"), let status = Int(item[item.index(after: colon)...]), (100...599).contains(status),
                  let data = FileManager.default.contents(atPath: String(item[..<colon])) else {
                throw Invalid(message: "--bad takes FILE:STATUS[,FILE:STATUS…] of readable files, got '\(item)'")
            }
            badBodies.append((Array(data), status))
        }
        if badEvery > 0 && badBodies.isEmpty { throw Invalid(message: "--bad-every needs --bad bodies") }
    }
}
