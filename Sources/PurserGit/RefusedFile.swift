/// A fleet file Purser will not read, and why.
public struct RefusedFile: Sendable, Hashable, CustomStringConvertible {
    /// The path relative to the fleet root.
    public var path: String
    public var reason: Reason

    public enum Reason: Sendable, Hashable {
        /// A symbolic link: Purser reads no file through a link, in the working tree or at a revision.
        case symbolicLink
        /// A FIFO, socket or device: reading one could block or never end.
        case notARegularFile(String)
        /// Larger than `SnapshotLimits.maxFileBytes`.
        case tooLarge(Int)
    }

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .symbolicLink:
            "\(path): is a symbolic link; Purser reads no fleet file through a link: replace it with the file or folder it points to"
        case .notARegularFile(let kind):
            "\(path): not a regular file (\(kind))"
        case .tooLarge(let size):
            "\(path): \(size) bytes is larger than the \(SnapshotLimits.maxFileBytes >> 20) MiB a fleet file may hold"
        }
    }
}

extension GitError {
    /// One error naming every refused file; the user can fix them all at once.
    static func refused(_ files: [RefusedFile]) -> GitError {
        let sorted = files.sorted { $0.path < $1.path }
        if sorted.count == 1 { return GitError(.refusedFile, sorted[0].description) }
        return GitError(.refusedFile, "\(sorted.count) fleet files cannot be read:\n" + sorted.map { "  \($0)" }.joined(separator: "\n"))
    }
}
