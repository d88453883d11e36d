import Foundation
import PurserGit

/// The example fleet shipped in `examples/fleet`, made into a git repository of its own (once) so
/// `purser up` on embedded defaults has a repository to watch.
public enum ExampleFleet {
    public struct SeedError: ClassifiedFailure {
        public var description: String
        public var failureKind: FailureKind
    }

    /// - Returns: false when `target` already was a repository (left as it is).
    @discardableResult
    public static func seed(_ target: URL, from examples: URL) async throws -> Bool {
        let fm = FileManager.default
        if fm.fileExists(atPath: target.appendingPathComponent(".git").path) { return false }
        guard fm.fileExists(atPath: examples.appendingPathComponent("components").path) else {
            throw SeedError(description: "no fleet repo given and no example fleet at \(examples.path): run from the Purser checkout or pass --repo PATH",
                            failureKind: .invalidInput)
        }
        do {
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            try fm.copyItem(at: examples, to: target)
        } catch {
            throw SeedError(description: "cannot copy the example fleet to \(target.path): \(error.localizedDescription)", failureKind: .internalFailure)
        }
        _ = try await GitRepository.create(committingEverythingIn: target, message: "Seed the example fleet")
        return true
    }
}
