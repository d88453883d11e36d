import Foundation
import PurserRender

/// Writes rendered manifests as `<namespace>/<name>.yaml` under a folder, all or nothing: the
/// tree is built beside the target and swapped in, so a failure leaves the old tree intact.
/// A folder is only replaced when it is empty or was written by Purser (it holds the marker file).
public enum ManifestWriter {
    public static let marker = ".purser-rendered"

    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ rendered: [RenderedComponent], to directory: URL) throws {
        let fm = FileManager.default
        let target = directory.standardizedFileURL
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw WriteError(description: "\(target.path) exists and is not a folder") }
            let contents = (try? fm.contentsOfDirectory(atPath: target.path)) ?? []
            guard contents.isEmpty || contents.contains(marker) else {
                throw WriteError(description: "\(target.path) holds files Purser did not write; choose an empty or new folder")
            }
        }
        let parent = target.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for component in rendered.sorted(by: { $0.id < $1.id }) {
                let file = staging.appendingPathComponent(component.relativePath)
                try fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(component.yaml.utf8).write(to: file)
            }
            try Data("Rendered by purser; this folder is replaced on every render.\n".utf8).write(to: staging.appendingPathComponent(marker))
            if fm.fileExists(atPath: target.path) {
                let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
                try fm.moveItem(at: target, to: old)
                do { try fm.moveItem(at: staging, to: target) } catch {
                    try? fm.moveItem(at: old, to: target)
                    throw error
                }
                try? fm.removeItem(at: old)
            } else {
                try fm.moveItem(at: staging, to: target)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }
}
