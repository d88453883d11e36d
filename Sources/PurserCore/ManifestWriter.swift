import Foundation
import PurserConcurrency
import PurserModel
import PurserRender

/// Writes rendered manifests as `<namespace>/<name>.yaml` under a folder, all or nothing: the
/// tree is built beside the target and swapped in, so a failure leaves the old tree intact.
/// A folder is only replaced when it is empty or was written by Purser (it holds the marker file).
public enum ManifestWriter {
    public static let marker = ".purser-rendered"

    public struct WriteError: ClassifiedFailure {
        public var description: String
        /// Refusing a folder Purser did not write is invalid input; a failed write is IO.
        public var failureKind: FailureKind
    }

    /// Plain open/write/close: no per-file fsync or temporary file (the folder swap is the commit point).
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    public static func write(_ rendered: [RenderedComponent], to directory: URL) throws {
        let fm = FileManager.default
        let target = directory.standardizedFileURL
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw WriteError(description: "\(target.path) exists and is not a folder", failureKind: .invalidInput) }
            let contents = (try? fm.contentsOfDirectory(atPath: target.path)) ?? []
            guard contents.isEmpty || contents.contains(marker) else {
                throw WriteError(description: "\(target.path) holds files Purser did not write; choose an empty or new folder", failureKind: .invalidInput)
            }
        }
        let parent = target.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            let sorted = rendered.sorted(by: { $0.id < $1.id })
            for folder in Set(sorted.map { ($0.relativePath as NSString).deletingLastPathComponent }) {
                try fm.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            // Emit and write on all cores; the swap below is what makes the tree appear at once.
            let stagingPath = staging.path
            let failures = ConcurrentMap.map(sorted) { component -> String? in
                let path = stagingPath + "/" + component.relativePath
                return writeFile(path, component.yamlBytes) ? nil : path
            }
            if let failed = failures.compactMap({ $0 }).first {
                throw WriteError(description: "cannot write \(failed): \(String(cString: strerror(errno)))", failureKind: .internalFailure)
            }
            try Data("Rendered by purser; this folder is replaced on every render.\n".utf8).write(to: staging.appendingPathComponent(marker))
            if fm.fileExists(atPath: target.path) {
                let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
                try fm.moveItem(at: target, to: old)
                do { try fm.moveItem(at: staging, to: target) } catch {
                    try? fm.moveItem(at: old, to: target)
                    throw error
                }
                removeTree(old)
            } else {
                try fm.moveItem(at: staging, to: target)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }

    /// Removes the previous render's tree, its folders (one per namespace) on all cores: unlinking
    /// ten thousand files is most of a re-render's system time. Best effort, as before: what
    /// cannot be removed stays in the hidden `.old-` folder.
    static func removeTree(_ folder: URL) {
        let fm = FileManager.default
        let children = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).map { folder.path + "/" + $0 }
        _ = ConcurrentMap.map(children) { path in (try? FileManager.default.removeItem(atPath: path)) != nil }
        try? fm.removeItem(at: folder)
    }
}
