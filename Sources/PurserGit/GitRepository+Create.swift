import Foundation

extension GitRepository {
    /// Makes `folder` a new repository on branch `main` whose first commit holds every file in it,
    /// committed with a fixed identity (the machine's git configuration is not needed).
    public static func create(committingEverythingIn folder: URL, message: String) async throws -> GitRepository {
        for arguments in [["init", "--quiet", "--initial-branch=main"], ["add", "--all"],
                          ["-c", "user.name=Purser", "-c", "user.email=purser@localhost", "-c", "commit.gpgsign=false",
                           "commit", "--quiet", "-m", message]] {
            let result = try await Git.run(arguments, in: folder)
            guard result.status == 0 else {
                let detail = result.errorText
                throw GitError(.commandFailed, "git \(arguments.first ?? "") failed in \(folder.path): \(detail)")
            }
        }
        return GitRepository(root: folder.standardizedFileURL)
    }
}
