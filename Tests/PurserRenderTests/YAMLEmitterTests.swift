import Testing
import PurserModel
import PurserRender

@Suite struct YAMLEmitterTests {
    @Test(arguments: [
        ("plain", "plain"), ("true", "\"true\""), ("no", "\"no\""), ("null", "\"null\""), ("", "\"\""), ("3.2.0", "\"3.2.0\""),
        ("42", "\"42\""), ("1e3", "\"1e3\""), ("a: b", "\"a: b\""), ("x #y", "\"x #y\""), ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("line\nbreak", "\"line\\nbreak\""), ("-dash", "\"-dash\""), ("ünïcode", "\"ünïcode\""), ("http://h:9090", "http://h:9090"),
        ("NULL", "\"NULL\""), ("True", "\"True\""), ("OFF", "\"OFF\""), ("Y", "\"Y\""), ("nan", "\"nan\""), ("NaN", "\"NaN\""),
        ("Inf", "\"Inf\""), ("INFINITY", "\"INFINITY\""), ("name", "name"), ("image", "image"), ("nano", "nano"), ("inform", "inform"),
        ("type", "type"), ("onion", "onion"), ("yesterday", "yesterday"), ("Nope", "Nope"),
    ])
    func scalarsAreQuotedWhenYAMLWouldMisreadThem(input: String, expected: String) {
        #expect(YAMLEmitter.emit(.map([("k", .string(input))])) == "k: \(expected)\n")
    }

    @Test func nestedListsOfMapsAlign() {
        let value: ManifestValue = .map([("items", .list([.map([("a", .int(1)), ("b", .list([.string("x")]))]), .int(2)])), ("empty", .map([])), ("none", .list([]))])
        #expect(YAMLEmitter.emit(value) == "items:\n  - a: 1\n    b:\n      - x\n  - 2\nempty: {}\nnone: []\n")
    }

    /// Random strings of quotes, backslashes, control characters, spaces, ASCII and multi-byte
    /// characters: each is written as YAML reads it back (through the same parser the fleet uses),
    /// as a value and as a key.
    @Test func everyStringReadsBackExactly() throws {
        let alphabet: [String] = ["a", "Z", "0", "9", " ", "\"", "\\", "\n", "\t", "\r", "\u{0}", "\u{1}", "\u{1B}", "\u{7F}", ":", "#", "-",
                                  "é", "ü", "€", "日", "😀", "e\u{301}", "'", "{", "[", "&", "*", "!", "|", ">", "%", "@", "`", ",", "?", "."]
        var state: UInt64 = 0xDEAD_BEEF_CAFE_F00D
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            let text = (0..<next(12)).map { _ in alphabet[next(alphabet.count)] }.joined()
            let yaml = YAMLEmitter.emit(.map([("value", .string(text)), (text.isEmpty ? "empty" : text, .int(1))]))
            let (documents, diagnostics) = YAMLParser.documents(of: SourceFile(path: "t.yaml", text: yaml))
            #expect(diagnostics.isEmpty, "\(yaml.debugDescription)")
            guard case .mapping(let pairs, _)? = documents.first, pairs.count == 2, case .scalar(let value) = pairs[0].value else {
                Issue.record("not read back: \(yaml.debugDescription)"); continue
            }
            #expect(value.text == text, "\(yaml.debugDescription)")
            #expect(pairs[1].key.text == (text.isEmpty ? "empty" : text), "\(yaml.debugDescription)")
        }
    }
}
