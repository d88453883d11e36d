import Foundation
#if FUZZING
import LibFuzzerDriver
#endif

/// The signature libFuzzer calls: one input, return 0.
public typealias FuzzTestOneInput = (UnsafePointer<UInt8>, Int) -> Int32

#if FUZZING
/// A C callback cannot capture, so the driver's callback reaches the target through this.
nonisolated(unsafe) private var fuzzedFunction: FuzzTestOneInput?
#endif

/// The `main` of every fuzz target. SwiftPM links each executable's `main` to its own entry point,
/// so libFuzzer's `main` is never used: in fuzz builds (`-DFUZZING`) this hands the command line to
/// libFuzzer's driver; otherwise it replays the files and folders given as arguments.
public enum FuzzTarget {
    public static func main(_ testOneInput: @escaping FuzzTestOneInput) -> Never {
        #if FUZZING
        fuzzedFunction = testOneInput
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            // libFuzzer passes a valid pointer for every input, the empty one included.
            fuzzedFunction!(data!, size)
        }
        exit(status)
        #else
        exit(FuzzReplayer.replay(arguments: Array(CommandLine.arguments.dropFirst()), testOneInput))
        #endif
    }
}

/// Runs saved inputs through a fuzz target's test function when it is built without libFuzzer,
/// so corpora and crash reproducers stay runnable as plain regression checks.
public enum FuzzReplayer {
    /// Replays every file named in `arguments`, and every file under each folder named there.
    /// - Returns: the process exit status: 0 when every input ran, 2 on a usage or read error.
    ///   An input that traps ends the process, which is the point.
    public static func replay(arguments: [String], _ testOneInput: FuzzTestOneInput) -> Int32 {
        guard !arguments.isEmpty else {
            let name = (CommandLine.arguments.first as NSString?)?.lastPathComponent ?? "fuzz-target"
            FileHandle.standardError.write(Data("usage: \(name) FILE_OR_FOLDER...\nreplays saved inputs through the fuzz target\n".utf8))
            return 2
        }
        var replayed = 0
        for path in arguments {
            let inputs: [String]
            do {
                inputs = try files(at: path)
            } catch {
                FileHandle.standardError.write(Data("cannot read \(path): \(error)\n".utf8))
                return 2
            }
            for input in inputs {
                guard let data = FileManager.default.contents(atPath: input) else {
                    FileHandle.standardError.write(Data("cannot read \(input)\n".utf8))
                    return 2
                }
                FileHandle.standardError.write(Data("replaying \(input)\n".utf8))
                run(data, testOneInput)
                replayed += 1
            }
        }
        print("replayed \(replayed) inputs without a crash")
        return 0
    }

    /// Calls `testOneInput` on `data`, with a valid pointer even for an empty input.
    public static func run(_ data: Data, _ testOneInput: FuzzTestOneInput) {
        let bytes = [UInt8](data) + [0]
        bytes.withUnsafeBufferPointer { _ = testOneInput($0.baseAddress!, data.count) }
    }

    private static func files(at path: String) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        guard isFolder.boolValue else { return [path] }
        let names = try FileManager.default.subpathsOfDirectory(atPath: path).sorted()
        return names.map { (path as NSString).appendingPathComponent($0) }.filter {
            var nested: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &nested) && !nested.boolValue
        }
    }
}

/// Reads structured choices from fuzz input bytes; once the bytes run out every read yields zero.
public struct FuzzInputReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    public init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        bytes = UnsafeBufferPointer(start: data, count: size)
    }

    public var isExhausted: Bool { position >= bytes.count }

    public mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// A value in `0..<bound` (bound > 0).
    public mutating func choose(_ bound: Int) -> Int {
        bound <= 256 ? Int(byte()) % bound : Int(UInt16(byte()) << 8 | UInt16(byte())) % bound
    }

    public mutating func int64() -> Int64 {
        var value: UInt64 = 0
        for _ in 0..<8 { value = value << 8 | UInt64(byte()) }
        return Int64(bitPattern: value)
    }

    /// Up to `maxCount` bytes, length first.
    public mutating func bytes(maxCount: Int) -> [UInt8] {
        let count = min(choose(maxCount + 1), bytes.count - position)
        guard count > 0 else { return [] }
        defer { position += count }
        return Array(bytes[position..<position + count])
    }
}
