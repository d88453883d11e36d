import Foundation
import FuzzSupport
import Rego

private let sampleInput = RegoValue.object([
    .string("request"): .object([
        .string("kind"): .object([.string("kind"): .string("Deployment")]),
        .string("object"): .object([.string("metadata"): .object([.string("name"): .string("chat")])]),
    ]),
])

/// Compiles the input as one Rego module, then evaluates its package and the whole of `data`
/// once with no input and once with a small one. Errors are expected; traps are findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRegoCompile(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let engine = try? RegoEngine(modules: [RegoModule(path: "fuzz.rego", source: source)]) else { return 0 }
    _ = try? engine.evaluateRef("data", input: nil)
    _ = try? engine.evaluateRef("data", input: sampleInput)
    return 0
}

@main
struct RegoCompileFuzzTarget {
    static func main() { FuzzTarget.main(fuzzRegoCompile) }
}
