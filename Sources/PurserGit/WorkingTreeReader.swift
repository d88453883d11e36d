import Foundation

/// Reads a fleet from a folder on disk, committed or not.
public enum WorkingTreeReader {
    public static func read(fleetRoot: URL) throws -> Snapshot {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: fleetRoot.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GitError(.missingPath, "\(fleetRoot.path): no such folder; expected a fleet repo holding a components/ folder")
        }
        var files: [String: Data] = [:]
        for root in Snapshot.roots {
            let url = fleetRoot.appendingPathComponent(root)
            var rootIsDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &rootIsDirectory) else { continue }
            if !rootIsDirectory.boolValue {
                files[root] = try read(url)
                continue
            }
            guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { continue }
            for case let file as URL in enumerator {
                guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let relative = root + "/" + file.path.dropFirst(url.path.count + 1)
                if Snapshot.isFleetFile(relative) { files[relative] = try read(file) }
            }
        }
        return Snapshot(revision: nil, files: files)
    }

    private static func read(_ url: URL) throws -> Data {
        do { return try Data(contentsOf: url) } catch {
            throw GitError(.commandFailed, "\(url.path): cannot read: \(error.localizedDescription)")
        }
    }
}
