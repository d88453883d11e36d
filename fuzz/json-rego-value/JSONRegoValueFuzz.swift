import Foundation
import FuzzSupport
import Rego

/// Parses the input as JSON; when that succeeds, the canonical text must parse back to an equal
/// value and print identically.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONRegoValue(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let value = try? RegoValue(json: Data(bytes: data, count: size)) else { return 0 }
    let canonical = value.jsonString()
    let reparsed: RegoValue
    do {
        reparsed = try RegoValue(jsonString: canonical)
    } catch {
        fatalError("canonical JSON does not parse back: \(error)\n\(canonical.prefix(2000))")
    }
    guard reparsed == value else {
        fatalError("round trip changed the value\nfirst:  \(canonical.prefix(2000))\nsecond: \(reparsed.jsonString().prefix(2000))")
    }
    let reprinted = reparsed.jsonString()
    guard reprinted == canonical else {
        fatalError("canonical JSON is not stable\nfirst:  \(canonical.prefix(2000))\nsecond: \(reprinted.prefix(2000))")
    }
    return 0
}

@main
struct JSONRegoValueFuzzTarget {
    static func main() { FuzzTarget.main(fuzzJSONRegoValue) }
}
