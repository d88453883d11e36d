import Testing
@testable import PurserModel

/// The editor's last check: an edited file must differ from the original only at the edited path.
@Suite struct YAMLContentComparisonTests {
    func tree(_ text: String) throws -> YAMLNode {
        try #require(YAMLParser.documents(of: SourceFile(path: "c.yaml", text: text)).documents.first)
    }

    @Test("the same content written differently compares equal; another value or quoting does not")
    func sameContent() throws {
        #expect(try tree("a: {b: 1, c: [x, y]}").hasSameContent(as: tree("a:\n  b: 1\n  c:\n    - x\n    - y\n")))
        #expect(try !tree("a: 1").hasSameContent(as: tree("a: \"1\"")))
        #expect(try !tree("a: 1\nb: 2").hasSameContent(as: tree("b: 2\na: 1")))
    }

    @Test("only the edited path may differ, and an added key must come last in its mapping")
    func differsOnlyAtPath() throws {
        let original = try tree("a:\n  b: 1\n  c: 2\nd: [1, 2]\n")
        #expect(try original.differsOnly(at: ["a", "b"], from: tree("a:\n  b: 5\n  c: 2\nd: [1, 2]\n")))
        #expect(try !original.differsOnly(at: ["a", "b"], from: tree("a:\n  b: 5\n  c: 3\nd: [1, 2]\n")))
        #expect(try original.differsOnly(at: ["a", "e"], from: tree("a:\n  b: 1\n  c: 2\n  e: 9\nd: [1, 2]\n")))
        #expect(try !original.differsOnly(at: ["a", "e"], from: tree("a:\n  e: 9\n  b: 1\n  c: 2\nd: [1, 2]\n")))
        #expect(try !original.differsOnly(at: ["a", "e"], from: tree("a:\n  b: 1\n  c: 2\nd: [1, 2]\ne: 9\n")))
        #expect(try original.differsOnly(at: ["d", "1"], from: tree("a:\n  b: 1\n  c: 2\nd: [1, 3]\n")))
        #expect(try !original.differsOnly(at: ["d", "1"], from: tree("a:\n  b: 1\n  c: 2\nd: [0, 3]\n")))
    }
}
