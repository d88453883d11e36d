import Foundation
import Testing
import PurserGit
import PurserTestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The working tree and a revision read the same files and refuse the same ones: links, special
/// files and oversized files, each named in one user error.
@Suite struct SnapshotSafetyTests {
    /// The error each mode throws for the tree in `repo`, committed as it is.
    func refusals(in repo: GitSandbox) async throws -> (workingTree: GitError, revision: GitError) {
        let commit = try repo.commit("tree")
        let git = try await GitRepository.containing(repo.root)
        let tree = try #require(#expect(throws: GitError.self) { try WorkingTreeReader.read(fleetRoot: repo.root) })
        let revision = try #require(await #expect(throws: GitError.self) { try await git.snapshot(revision: commit, fleetPath: "") })
        return (tree, revision)
    }

    func link(_ repo: GitSandbox, _ path: String, to destination: String) throws {
        let url = repo.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    @Test func linksOutOfTheFleetAreRefusedInBothModes() async throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("purser-secret-\(UUID().uuidString)")
        try "name: secret-outside-the-fleet\n".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        try repo.write("components/a.yaml", "a: 1\n")
        try link(repo, "purser.yaml", to: secret.path)
        try link(repo, "pricing.yaml", to: "/proc/self/environ")
        let (tree, revision) = try await refusals(in: repo)
        #expect(tree.kind == .refusedFile && tree.isUserError)
        #expect(tree.description == """
            2 fleet files cannot be read:
              pricing.yaml: is a symbolic link; Purser reads no fleet file through a link: replace it with the file or folder it points to
              purser.yaml: is a symbolic link; Purser reads no fleet file through a link: replace it with the file or folder it points to
            """)
        #expect(!tree.description.contains("secret-outside"))
        #expect(revision.kind == tree.kind && revision.description == tree.description)
    }

    @Test func linksInsideTheFleetAreRefusedTooAndAlike() async throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.write("components/a.yaml", "a: 1\n")
        try repo.write("elsewhere/team.yaml", "b: 2\n")
        try link(repo, "components/b.yaml", to: "a.yaml")
        try link(repo, "components/team", to: "../elsewhere")
        try link(repo, "components/.editor-lock", to: "nowhere")
        let (tree, revision) = try await refusals(in: repo)
        #expect(tree.description.contains("  components/b.yaml: is a symbolic link"))
        #expect(tree.description.contains("  components/team: is a symbolic link"))
        #expect(!tree.description.contains(".editor-lock"))
        #expect(revision.description == tree.description)
    }

    @Test func aFIFONamedLikeAFleetFileIsRefusedWithoutBlocking() throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.write("components/a.yaml", "a: 1\n")
        #expect(mkfifo(repo.root.appendingPathComponent("components/pipe.yaml").path, 0o644) == 0)
        #expect(mkfifo(repo.root.appendingPathComponent("purser.yaml").path, 0o644) == 0)
        #expect(mkfifo(repo.root.appendingPathComponent("components/notes").path, 0o644) == 0)
        do {
            _ = try WorkingTreeReader.read(fleetRoot: repo.root)
            Issue.record("expected an error")
        } catch let error as GitError {
            #expect(error.kind == .refusedFile && error.isUserError)
            #expect(error.description == """
                2 fleet files cannot be read:
                  components/pipe.yaml: not a regular file (a FIFO)
                  purser.yaml: not a regular file (a FIFO)
                """)
        }
    }

    @Test func aGigabyteFileIsRefusedUnread() throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.write("components/a.yaml", "a: 1\n")
        let big = repo.root.appendingPathComponent("components/big.yaml")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 1 << 30) // sparse: nothing is written
        try handle.close()
        let started = ContinuousClock.now
        #expect {
            _ = try WorkingTreeReader.read(fleetRoot: repo.root)
        } throws: { error in
            let error = error as? GitError
            return error?.kind == .refusedFile && error?.description == "components/big.yaml: 1073741824 bytes is larger than the 16 MiB a fleet file may hold"
        }
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test func aFileOverTheLimitIsRefusedAtARevisionToo() async throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.write("components/big.yaml", String(repeating: "#\n", count: SnapshotLimits.maxFileBytes / 2 + 1))
        try repo.write("components/fits.yaml", String(repeating: "#\n", count: SnapshotLimits.maxFileBytes / 2))
        let (tree, revision) = try await refusals(in: repo)
        #expect(tree.description == "components/big.yaml: 16777218 bytes is larger than the 16 MiB a fleet file may hold")
        #expect(revision.description == tree.description)
    }

    @Test func bothModesReadTheSameFilesAndSkipHiddenOnes() async throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.write("components/a.yaml", "a: 1\n")
        try repo.write("components/.draft.yaml", "hidden: true\n")
        try repo.write("components/.wip/b.yaml", "hidden: true\n")
        try repo.write("components/README.md", "not read\n")
        try repo.write("policies/p.rego", "package p\n")
        let commit = try repo.commit("tree")
        let tree = try WorkingTreeReader.read(fleetRoot: repo.root)
        let revision = try await GitRepository.containing(repo.root).snapshot(revision: commit, fleetPath: "")
        #expect(tree.files.keys.sorted() == ["components/a.yaml", "policies/p.rego"])
        #expect(revision.files == tree.files)
    }
}
