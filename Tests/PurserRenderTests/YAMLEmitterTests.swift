import Testing
import PurserRender

@Suite struct YAMLEmitterTests {
    @Test(arguments: [
        ("plain", "plain"), ("true", "\"true\""), ("no", "\"no\""), ("null", "\"null\""), ("", "\"\""), ("3.2.0", "\"3.2.0\""),
        ("42", "\"42\""), ("1e3", "\"1e3\""), ("a: b", "\"a: b\""), ("x #y", "\"x #y\""), ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("line\nbreak", "\"line\\nbreak\""), ("-dash", "\"-dash\""), ("ünïcode", "\"ünïcode\""), ("http://h:9090", "http://h:9090"),
    ])
    func scalarsAreQuotedWhenYAMLWouldMisreadThem(input: String, expected: String) {
        #expect(YAMLEmitter.emit(.map([("k", .string(input))])) == "k: \(expected)\n")
    }

    @Test func nestedListsOfMapsAlign() {
        let value: ManifestValue = .map([("items", .list([.map([("a", .int(1)), ("b", .list([.string("x")]))]), .int(2)])), ("empty", .map([])), ("none", .list([]))])
        #expect(YAMLEmitter.emit(value) == "items:\n  - a: 1\n    b:\n      - x\n  - 2\nempty: {}\nnone: []\n")
    }
}
