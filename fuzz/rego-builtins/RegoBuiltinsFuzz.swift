import Foundation
import FuzzSupport
import Rego

/// Every implemented built-in, in catalog order, so an input byte picks the same one each run.
private let builtins = RegoBuiltins.catalog.filter(\.implemented)
private let engine: RegoEngine = {
    do { return try RegoEngine(modules: []) } catch { fatalError("an engine without modules must compile: \(error)") }
}()

/// Set FUZZ_PRINT_QUERY=1 to see the query a reproducer makes.
private let printsQueries = ProcessInfo.processInfo.environment["FUZZ_PRINT_QUERY"] != nil

/// Strings the built-ins interpret (patterns, addresses, dates, versions, encodings), so a few
/// bytes reach their parsers instead of failing the first type check.
private let interestingStrings = [
    "", "a", "abc", "ABC déjà 🙂", "%v %d %s %x %!", "10.0.0.0/8", "192.168.1.1", "::1", "fe80::/10", "0.0.0.0/0",
    "2024-09-01T00:00:00Z", "2006-01-02", "1h30m", "-1.5e3s", "1.2.3", "1.2.3-rc.1+build", "^a.*b$", "(a+)+$", "[",
    "*.example.com", "{a,b}", "eyJhbGciOiJIUzI1NiJ9.e30.", "aGVsbG8=", "68656c6c6f", "%41%zz", "a,b,c", "{\"a\":[1,2]}",
    "[1,", "a: [1, 2]", "10Gi", "1.5k", "0x1f", "1e309", "\u{0}", "\\", "\"", "{{", "query { a }", "type Query { a: Int }",
]

/// Number literals at the edges: integer limits, overflow, underflow, denormals, long mantissas.
private let interestingNumbers = [
    "0", "1", "-1", "2", "3", "7", "64", "255", "-255", "1000000", "0.5", "-0.0", "1e-7", "3.14159",
    "9223372036854775807", "-9223372036854775808", "9223372036854775808", "18446744073709551616",
    "1e308", "1.7976931348623157e308", "1e400", "-1e400", "5e-324", "1e-400", "123456789012345678901234567890",
]

/// A Rego literal built from the input: scalars, strings and up to three levels of arrays,
/// sets and objects.
private func literal(_ reader: inout FuzzInputReader, depth: Int = 0) -> String {
    let kinds = depth >= 3 ? 6 : 9
    switch reader.choose(kinds) {
    case 0: return "null"
    case 1: return reader.byte() & 1 == 0 ? "true" : "false"
    case 2: return interestingNumbers[reader.choose(interestingNumbers.count)]
    case 3: return String(reader.int64() >> Int64(reader.choose(64)))
    case 4: return quoted(interestingStrings[reader.choose(interestingStrings.count)])
    case 5: return quoted(String(decoding: reader.bytes(maxCount: 24), as: UTF8.self))
    case 6: return "[" + elements(&reader, depth: depth).joined(separator: ", ") + "]"
    case 7:
        let members = elements(&reader, depth: depth)
        return members.isEmpty ? "set()" : "{" + members.joined(separator: ", ") + "}"
    default:
        var members: [String] = []
        for _ in 0..<reader.choose(4) {
            members.append(literal(&reader, depth: depth + 1) + ": " + literal(&reader, depth: depth + 1))
        }
        return "{" + members.joined(separator: ", ") + "}"
    }
}

private func elements(_ reader: inout FuzzInputReader, depth: Int) -> [String] {
    (0..<reader.choose(5)).map { _ in literal(&reader, depth: depth + 1) }
}

private func quoted(_ text: String) -> String {
    RegoValue.string(text).jsonString()
}

/// Picks a built-in and 1–3 (or its declared number of) arguments from the input and calls it.
/// Built-in errors are expected; a trap in a built-in ends the process and is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRegoBuiltins(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var reader = FuzzInputReader(data, size)
    let builtin = builtins[reader.choose(builtins.count)]
    let argumentCount = builtin.arity ?? 1 + reader.choose(3)
    let arguments = (0..<argumentCount).map { _ in literal(&reader) }
    let query = "x := \(builtin.name)(\(arguments.joined(separator: ", ")))"
    if printsQueries { print(query) }
    _ = try? engine.evaluate(query: query, input: nil)
    return 0
}

@main
struct RegoBuiltinsFuzzTarget {
    static func main() { FuzzTarget.main(fuzzRegoBuiltins) }
}
