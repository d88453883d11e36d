import Foundation
import Testing
import PurserGit
import PurserTestSupport

@Suite struct GitRepositoryTests {
    @Test func readsTheFleetAtEachRevision() async throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.write("fleet/components/a.yaml", "first")
        try repo.write("fleet/README.md", "not a fleet file")
        let first = try repo.commit("one")
        try repo.write("fleet/components/a.yaml", "second")
        try repo.write("fleet/components/sub/b.yml", "bee")
        try repo.write("fleet/policies/p.rego", "package p")
        _ = try repo.commit("two")
        try repo.write("fleet/components/a.yaml", "uncommitted")

        let git = try await GitRepository.containing(repo.root.appendingPathComponent("fleet"))
        #expect(git.relativePath(of: repo.root.appendingPathComponent("fleet")) == "fleet")
        let old = try await git.snapshot(revision: first, fleetPath: "fleet")
        #expect(old.revision == first)
        #expect(old.files.mapValues { String(decoding: $0, as: UTF8.self) } == ["components/a.yaml": "first"])
        let head = try await git.snapshot(revision: "HEAD", fleetPath: "fleet")
        #expect(head.files.keys.sorted() == ["components/a.yaml", "components/sub/b.yml", "policies/p.rego"])
        #expect(String(decoding: head.files["components/a.yaml"]!, as: UTF8.self) == "second")
        let tree = try WorkingTreeReader.read(fleetRoot: repo.root.appendingPathComponent("fleet"))
        #expect(String(decoding: tree.files["components/a.yaml"]!, as: UTF8.self) == "uncommitted")
        #expect(tree.revision == nil)
    }

    @Test func badRevisionIsAUserError() async throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.write("components/a.yaml", "x")
        _ = try repo.commit("one")
        let git = try await GitRepository.containing(repo.root)
        for revision in ["no-such-branch", "--upload-pack=evil", "HEAD~5"] {
            await #expect(throws: GitError.self) { try await git.resolve(revision) }
            do { _ = try await git.snapshot(revision: revision, fleetPath: "") } catch let error as GitError {
                #expect(error.kind == .badRevision && error.isUserError)
            }
        }
    }

    @Test func missingPathAndNonRepositoryAreUserErrors() async throws {
        do {
            _ = try await GitRepository.containing(URL(fileURLWithPath: "/nonexistent/fleet"))
            Issue.record("expected an error")
        } catch let error as GitError {
            #expect(error.kind == .missingPath)
        }
        let plain = FileManager.default.temporaryDirectory.appendingPathComponent("purser-plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: plain, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: plain) }
        do {
            _ = try await GitRepository.containing(plain)
            Issue.record("expected an error")
        } catch let error as GitError {
            #expect(error.kind == .notARepository)
        }
        #expect(throws: GitError.self) { try WorkingTreeReader.read(fleetRoot: URL(fileURLWithPath: "/nonexistent/fleet")) }
    }
}

@Suite struct GitCommitTests {
    @Test func commitsATreeToABranchWithoutTouchingTheCheckout() async throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.write("components/a.yaml", "source")
        let head = try repo.commit("source")
        try repo.write("components/a.yaml", "uncommitted edit")
        let git = try await GitRepository.containing(repo.root)

        let first = try await git.commit(files: ["ns/a.yaml": Data("one".utf8), "ns/b.yaml": Data("two".utf8)], toBranch: "purser/rendered", message: "render 1")
        #expect(first.created)
        #expect(try repo.git("show", "purser/rendered:ns/a.yaml") == "one")
        #expect(try repo.git("rev-parse", "HEAD") == head)
        #expect(try String(contentsOf: repo.root.appendingPathComponent("components/a.yaml"), encoding: .utf8) == "uncommitted edit")
        #expect(try repo.git("status", "--porcelain") == "M components/a.yaml")

        let same = try await git.commit(files: ["ns/a.yaml": Data("one".utf8), "ns/b.yaml": Data("two".utf8)], toBranch: "purser/rendered", message: "render 2")
        #expect(!same.created && same.commit == first.commit)

        let second = try await git.commit(files: ["ns/a.yaml": Data("changed".utf8)], toBranch: "purser/rendered", message: "render 3")
        #expect(second.created)
        #expect(try repo.git("rev-parse", "purser/rendered^") == first.commit)
        #expect(try repo.git("ls-tree", "-r", "--name-only", "purser/rendered") == "ns/a.yaml")
    }

    @Test func invalidBranchNamesAreRejected() async throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.write("x", "x")
        _ = try repo.commit("x")
        let git = try await GitRepository.containing(repo.root)
        await #expect(throws: GitError.self) { _ = try await git.commit(files: [:], toBranch: "bad..name", message: "m") }
    }
}
