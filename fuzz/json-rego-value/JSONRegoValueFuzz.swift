import Foundation
import FuzzSupport
import Rego

/// Selections of every shape: named fields, `each`, nested, whole, nothing.
private let selections: [RegoInputSelection] = [
    .nothing,
    RegoInputSelection(paths: [["a"], ["b", "c"]]),
    RegoInputSelection(path: [.each, .field("a")]),
    RegoInputSelection(path: [.field("a"), .each, .each]).union(RegoInputSelection(paths: [["a", "b"]])),
]

/// Parses the input as JSON; when that succeeds, the canonical text must parse back to an equal
/// value and print identically. Parsing through a selection must fail exactly when the whole
/// parse fails, and otherwise give the selection applied to the whole value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONRegoValue(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    let whole = try? RegoValue(json: bytes)
    for selection in selections {
        let selected = try? RegoValue(json: bytes, selecting: selection)
        guard (selected == nil) == (whole == nil) else {
            fatalError("parsing through \(selection) \(selected == nil ? "failed" : "succeeded") where the whole parse did not")
        }
        if let whole, let selected, selected != selection.applied(to: whole) {
            fatalError("parsing through \(selection) is not the selection of the whole value: \(selected.jsonString().prefix(2000))")
        }
    }
    guard let value = whole else { return 0 }
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
