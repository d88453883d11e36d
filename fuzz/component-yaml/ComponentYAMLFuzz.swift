import FuzzSupport
import PurserModel

/// Decodes the input as a component file and as purser.yaml; decoding must end in components or
/// diagnostics, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzComponentYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // Fleet files are read as UTF-8 text; bytes that are not UTF-8 never reach the decoder.
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    let component = SourceFile(path: "components/fuzz.yaml", text: text)
    _ = FleetDecoder.decode(componentFiles: [component], settingsFile: nil)
    let settings = SourceFile(path: "purser.yaml", text: text)
    _ = FleetDecoder.decode(componentFiles: [], settingsFile: settings)
    return 0
}

@main
struct ComponentYAMLFuzzTarget {
    static func main() { FuzzTarget.main(fuzzComponentYAML) }
}
