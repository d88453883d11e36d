import Testing
@testable import PurserCore

@Suite struct TextTableTests {
    @Test func padsColumnsToTheWidestCellAndTrimsTrailingSpaces() {
        let text = TextTable.render([["NAME", "COST", "NOTE"], ["a", "1.50", "ok"], ["longer-name", "12.00", ""]], rightAligned: [1])
        #expect(text == """
            NAME          COST  NOTE
            a             1.50  ok
            longer-name  12.00

            """)
    }

    @Test func countsCharactersNotBytes() {
        // "✓" is three bytes, "e\u{301}" two scalars: each one character wide.
        let text = TextTable.render([["A", "B"], ["✓", "x"], ["e\u{301}e\u{301}", "y"]], rightAligned: [])
        #expect(text == "A   B\n✓   x\ne\u{301}e\u{301}  y\n")
        // CR LF is one character too, although both bytes are ASCII.
        #expect(TextTable.render([["A", "B"], ["\r\n", "z"]], rightAligned: []) == "A  B\n\r\n  z\n")
    }

    @Test func styledHeaderOnly() {
        let text = TextTable.render([["H"], ["v"]], rightAligned: []) { "<\($0)>" }
        #expect(text == "<H>\nv\n")
    }

    /// Thousands of rows are laid out on all cores: the same text as row by row.
    @Test func largeTablesMatchTheirRowByRowLayout() {
        var rows = [["ID", "AMOUNT", "STATUS"]]
        for i in 0..<3_000 { rows.append(["component-\(i * 7919 % 3001)", "\(i % 97).\(i % 10)0 ✓", i % 5 == 0 ? "" : "passing"]) }
        let whole = TextTable.render(rows, rightAligned: [1])
        var expected = ""
        let widths = (0..<3).map { c in rows.map { $0[c].count }.max()! }
        for row in rows {
            var line = ""
            for c in 0..<3 {
                if c > 0 { line += "  " }
                let pad = String(repeating: " ", count: widths[c] - row[c].count)
                line += c == 1 ? pad + row[c] : row[c] + pad
            }
            while line.hasSuffix(" ") { line.removeLast() }
            expected += line + "\n"
        }
        #expect(whole == expected)
    }
}
