/// A failure reading or writing a repository, with what to do about it.
public struct GitError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The path does not exist or is not a folder.
        case missingPath
        /// The path is not inside a git work tree.
        case notARepository
        /// The revision names no commit.
        case badRevision
        /// A fleet file is a symbolic link, not a regular file, or too large (see `RefusedFile`).
        case refusedFile
        /// git itself failed.
        case commandFailed
        /// git did not finish within `Git.timeout` and was stopped.
        case timedOut
        /// A branch to be created exists already (or appeared meanwhile).
        case branchExists
        /// The remote refused a push.
        case pushRejected
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// True when the user caused it (a bad path, revision or fleet file) rather than the machine.
    public var isUserError: Bool { kind != .commandFailed && kind != .timedOut && kind != .pushRejected }
}
