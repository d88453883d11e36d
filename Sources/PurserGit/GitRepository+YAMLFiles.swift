import Foundation

extension GitRepository {
    /// Every `.yaml`/`.yml` file committed at a revision (a rendered branch, say), keyed by path.
    /// Symbolic links and files over `SnapshotLimits.maxFileBytes` are refused.
    public func yamlFiles(revision: String) async throws -> [String: Data] {
        let commit = try await resolve(revision)
        let tree = try await Git.run(["ls-tree", "-r", "-z", "-l", "--full-tree", commit], in: root)
        guard tree.status == 0 else { throw GitError(.commandFailed, "git ls-tree failed: \(tree.errorText)") }
        var blobs: [(path: String, id: String)] = []
        var refused: [RefusedFile] = []
        for entry in tree.output.split(separator: 0) {
            guard let tab = entry.firstIndex(of: 9) else { continue }
            let header = String(decoding: entry[entry.startIndex..<tab], as: UTF8.self).split(separator: " ")
            let path = String(decoding: entry[entry.index(after: tab)...], as: UTF8.self)
            guard header.count == 4, header[1] == "blob", path.hasSuffix(".yaml") || path.hasSuffix(".yml"), !Snapshot.isHidden(path) else { continue }
            if header[0] == "120000" { refused.append(RefusedFile(path: path, reason: .symbolicLink)); continue }
            guard let size = Int(header[3]) else { throw GitError(.commandFailed, "git ls-tree: unexpected entry for \(path)") }
            if size > SnapshotLimits.maxFileBytes { refused.append(RefusedFile(path: path, reason: .tooLarge(size))); continue }
            blobs.append((path, String(header[2])))
        }
        if !refused.isEmpty { throw GitError.refused(refused) }
        let contents = try await catFiles(blobs.map(\.id))
        var files: [String: Data] = [:]
        for (blob, data) in zip(blobs, contents) { files[blob.path] = data }
        return files
    }
}
