import Foundation
import Subprocess

/// A git work tree driven through the `git` command-line tool.
public struct GitRepository: Sendable {
    /// The top of the work tree.
    public let root: URL

    /// The repository holding `path`, or an error saying why there is none.
    public static func containing(_ path: URL) async throws -> GitRepository {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GitError(.missingPath, "\(path.path): no such folder")
        }
        let result = try await Git.run(["rev-parse", "--show-toplevel"], in: path)
        guard result.status == 0 else {
            throw GitError(.notARepository, "\(path.path) is not inside a git repository (needed for --rev and --base)")
        }
        let top = String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return GitRepository(root: URL(fileURLWithPath: top).standardizedFileURL)
    }

    public init(root: URL) { self.root = root }

    /// The full commit id a revision names.
    public func resolve(_ revision: String) async throws -> String {
        guard !revision.hasPrefix("-") else { throw GitError(.badRevision, "'\(revision)' is not a revision") }
        let result = try await Git.run(["rev-parse", "--verify", "--quiet", "--end-of-options", "\(revision)^{commit}"], in: root)
        guard result.status == 0 else {
            throw GitError(.badRevision, "'\(revision)' names no commit in \(root.path)")
        }
        return String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The fleet's files at a revision; `fleetPath` is the fleet folder relative to the work tree root ("" for the root).
    /// Symbolic links and files over `SnapshotLimits.maxFileBytes` are refused as in the working
    /// tree (see `WorkingTreeReader`): a `GitError` of kind `.refusedFile` names them all.
    public func snapshot(revision: String, fleetPath: String) async throws -> Snapshot {
        let commit = try await resolve(revision)
        let prefix = fleetPath.isEmpty ? "" : (fleetPath.hasSuffix("/") ? fleetPath : fleetPath + "/")
        let pathspecs = Snapshot.roots.map { prefix + $0 }
        let tree = try await Git.run(["ls-tree", "-r", "-z", "-l", "--full-tree", commit, "--"] + pathspecs, in: root)
        guard tree.status == 0 else { throw GitError(.commandFailed, "git ls-tree failed: \(tree.errorText)") }
        var blobs: [(path: String, id: String)] = []
        var refused: [RefusedFile] = []
        for entry in tree.output.split(separator: 0) {
            // "<mode> <type> <id> <size, right-aligned>\t<path>"
            guard let tab = entry.firstIndex(of: 9) else { continue }
            let header = String(decoding: entry[entry.startIndex..<tab], as: UTF8.self).split(separator: " ")
            let path = String(decoding: entry[entry.index(after: tab)...], as: UTF8.self)
            guard header.count == 4, header[1] == "blob", path.hasPrefix(prefix) else { continue }
            let relative = String(path.dropFirst(prefix.count))
            guard Snapshot.isUnderRoots(relative), !Snapshot.isHidden(relative) else { continue }
            if header[0] == "120000" {
                refused.append(RefusedFile(path: relative, reason: .symbolicLink))
                continue
            }
            guard Snapshot.isFleetFile(relative) else { continue }
            guard let size = Int(header[3]) else { throw GitError(.commandFailed, "git ls-tree: unexpected entry for \(path)") }
            if size > SnapshotLimits.maxFileBytes {
                refused.append(RefusedFile(path: relative, reason: .tooLarge(size)))
                continue
            }
            blobs.append((relative, String(header[2])))
        }
        if !refused.isEmpty { throw GitError.refused(refused) }
        let contents = try await catFiles(blobs.map(\.id))
        var files: [String: Data] = [:]
        for (blob, data) in zip(blobs, contents) { files[blob.path] = data }
        return Snapshot(revision: commit, files: files)
    }

    /// Blob contents in one `git cat-file --batch` process.
    func catFiles(_ ids: [String]) async throws -> [Data] {
        guard !ids.isEmpty else { return [] }
        let request = Data((ids.joined(separator: "\n") + "\n").utf8)
        let result = try await Git.run(["cat-file", "--batch"], in: root, input: request)
        guard result.status == 0 else { throw GitError(.commandFailed, "git cat-file failed: \(result.errorText)") }
        var contents: [Data] = []
        let output = result.output
        var cursor = output.startIndex
        for _ in ids {
            guard let newline = output[cursor...].firstIndex(of: 10) else { throw GitError(.commandFailed, "git cat-file: truncated output") }
            let header = String(decoding: output[cursor..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, let size = Int(header[2]) else { throw GitError(.commandFailed, "git cat-file: \(header.joined(separator: " "))") }
            let start = output.index(after: newline)
            guard size >= 0, start + size <= output.endIndex else { throw GitError(.commandFailed, "git cat-file: truncated output") }
            contents.append(Data(output[start..<(start + size)]))
            cursor = start + size + 1
        }
        return contents
    }

    /// The fleet folder's path relative to this work tree's root.
    public func relativePath(of folder: URL) -> String {
        let top = root.resolvingSymlinksInPath().path
        let path = folder.standardizedFileURL.resolvingSymlinksInPath().path
        guard path.hasPrefix(top) else { return "" }
        return String(path.dropFirst(top.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    }
}
