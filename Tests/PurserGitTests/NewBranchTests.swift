import Foundation
import Testing
import PurserGit
import PurserTestSupport

@Suite struct NewBranchTests {
    @Test("a new branch replaces exactly the given files, keeps their mode and leaves the checkout alone")
    func createsBranch() async throws {
        let sandbox = try GitSandbox()
        defer { sandbox.remove() }
        try sandbox.write("components/a.yaml", "a: 1\n")
        try sandbox.write("components/b.yaml", "b: 1\n")
        try sandbox.write("bin/run.sh", "#!/bin/sh\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sandbox.root.appendingPathComponent("bin/run.sh").path)
        let base = try sandbox.commit("base")
        #expect(try sandbox.git("ls-tree", base, "bin/run.sh").hasPrefix("100755 "))
        try sandbox.write("components/a.yaml", "a: uncommitted\n")
        try sandbox.write("staged.txt", "staged\n")
        try sandbox.git("add", "staged.txt")
        let status = try sandbox.git("status", "--porcelain")
        let index = try sandbox.git("ls-files", "--stage")

        let repository = try await GitRepository.containing(sandbox.root)
        #expect(try await repository.fileContents(at: base, path: "components/a.yaml") == Data("a: 1\n".utf8))
        #expect(try await repository.fileContents(at: base, path: "components/none.yaml") == nil)
        #expect(try await repository.currentBranch() == "main")
        let commit = try await repository.createBranch("proposals/one", from: base,
                                                       replacing: [("components/a.yaml", Data("a: 2\n".utf8)), ("bin/run.sh", Data("#!/bin/sh\nexit 0\n".utf8))],
                                                       message: "Set a to 2\n\nBecause.\n")
        #expect(try sandbox.git("rev-parse", "proposals/one") == commit)
        #expect(try sandbox.git("rev-parse", "proposals/one^") == base)
        #expect(try sandbox.git("diff", "--name-only", base, commit).split(separator: "\n") == ["bin/run.sh", "components/a.yaml"])
        #expect(try sandbox.git("show", "\(commit):components/a.yaml") == "a: 2")
        #expect(try sandbox.git("ls-tree", commit, "bin/run.sh").hasPrefix("100755 "))
        #expect(try sandbox.git("log", "-1", "--format=%B", commit) == "Set a to 2\n\nBecause.")
        #expect(try sandbox.git("rev-parse", "HEAD") == base)
        #expect(try sandbox.git("status", "--porcelain") == status)
        #expect(try sandbox.git("ls-files", "--stage") == index)
        #expect(try sandbox.read("components/a.yaml") == "a: uncommitted\n")
    }

    @Test("an existing branch is never moved: the ref is created by compare-and-swap")
    func refusesExistingBranch() async throws {
        let sandbox = try GitSandbox()
        defer { sandbox.remove() }
        try sandbox.write("a.yaml", "a: 1\n")
        let base = try sandbox.commit("base")
        try sandbox.git("branch", "taken")
        let repository = try await GitRepository.containing(sandbox.root)
        #expect(try await repository.branchExists("taken"))
        await #expect {
            _ = try await repository.createBranch("taken", from: base, replacing: [("a.yaml", Data("a: 2\n".utf8))], message: "m")
        } throws: { ($0 as? GitError)?.kind == .branchExists }
        #expect(try sandbox.git("rev-parse", "taken") == base)
        await #expect {
            _ = try await repository.createBranch("bad..name", from: base, replacing: [], message: "m")
        } throws: { ($0 as? GitError)?.kind == .badRevision }
        await #expect {
            _ = try await repository.createBranch("new", from: base, replacing: [("missing.yaml", Data())], message: "m")
        } throws: { ($0 as? GitError)?.kind == .refusedFile }
        #expect(try await !repository.branchExists("new"))
    }
}
