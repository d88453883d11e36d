import Foundation

/// Reads a fleet from a folder on disk, committed or not.
///
/// It reads what `GitRepository.snapshot(revision:fleetPath:)` reads at a revision, and refuses
/// what it refuses: no fleet file is read through a symbolic link, even one that stays inside the
/// fleet (a link is refused, never followed, so neither mode can be led outside the fleet root and
/// both agree on every tree); a FIFO, socket or device is refused before it is opened; no file
/// larger than `SnapshotLimits.maxFileBytes` is read. Hidden files and folders, and submodules,
/// are skipped.
public enum WorkingTreeReader {
    public static func read(fleetRoot: URL) throws -> Snapshot {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: fleetRoot.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GitError(.missingPath, "\(fleetRoot.path): no such folder; expected a fleet repo holding a components/ folder")
        }
        var walk = Walk(root: fleetRoot.path)
        for root in Snapshot.roots { try walk.visit(root) }
        if !walk.refused.isEmpty { throw GitError.refused(walk.refused) }
        return Snapshot(revision: nil, files: walk.files)
    }

    private struct Walk {
        let root: String
        var files: [String: Data] = [:]
        var refused: [RefusedFile] = []

        init(root: String) { self.root = root }

        /// Visits a path relative to the fleet root, below one of `Snapshot.roots`.
        mutating func visit(_ relative: String) throws {
            let path = root + "/" + relative
            let status: FileStatus?
            do { status = try FileStatus.of(path) } catch { throw GitError(.commandFailed, "\(path): cannot read: \(error)") }
            guard let status else { return }
            switch status.kind {
            case .directory:
                // `purser.yaml` or `pricing.yaml` as a folder holds nothing Purser reads.
                guard !Snapshot.topLevelFiles.contains(relative) else { return }
                let names: [String]
                do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
                    throw GitError(.commandFailed, "\(path): cannot read: \(error.localizedDescription)")
                }
                // A submodule's checkout is not part of the fleet's tree at a revision either.
                if names.contains(".git") { return }
                for name in names.sorted() where !name.hasPrefix(".") { try visit(relative + "/" + name) }
            case .symbolicLink:
                refused.append(RefusedFile(path: relative, reason: .symbolicLink))
            case .special(let kind):
                if Snapshot.isFleetFile(relative) { refused.append(RefusedFile(path: relative, reason: .notARegularFile(kind))) }
            case .regular:
                guard Snapshot.isFleetFile(relative) else { return }
                if status.size > SnapshotLimits.maxFileBytes {
                    refused.append(RefusedFile(path: relative, reason: .tooLarge(status.size)))
                    return
                }
                do {
                    switch try BoundedFileReader.read(path, expected: status, limit: SnapshotLimits.maxFileBytes) {
                    case .contents(let data): files[relative] = data
                    case .refused(let reason): refused.append(RefusedFile(path: relative, reason: reason))
                    }
                } catch {
                    throw GitError(.commandFailed, "\(path): cannot read: \(error)")
                }
            }
        }
    }
}
