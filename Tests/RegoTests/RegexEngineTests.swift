import Foundation
@testable import Rego
import Testing

/// One search: the pattern, the text, and the expected first match as its groups (nil for a group that
/// did not take part), or nil when there is no match. Expectations follow Go's `regexp` documentation
/// and its `find_test.go` / RE2 search tables.
struct RegexSearchCase: CustomStringConvertible, Sendable {
    let pattern: String
    let input: String
    let groups: [String?]?
    var description: String { "/\(pattern)/ on \(input.debugDescription)" }
    init(_ pattern: String, _ input: String, _ groups: [String?]?) {
        self.pattern = pattern; self.input = input; self.groups = groups
    }
}

func firstSubmatch(_ pattern: String, _ input: String) throws -> [String?]? {
    let re = try Regexp(pattern)
    let scalars = Regexp.scalars(input)
    guard let slots = try PikeVM(program: re.program, slotCount: 2 * re.program.groupCount).firstMatch(in: scalars, from: 0) else {
        return nil
    }
    return (0..<re.program.groupCount).map { g in
        slots[2 * g] < 0 ? nil : Regexp.text(scalars, slots[2 * g], slots[2 * g + 1])
    }
}

@Suite("Regex engine")
struct RegexEngineTests {
    static let literalsAndClasses: [RegexSearchCase] = [
        .init("", "", [""]),
        .init("", "abc", [""]),
        .init("^abcdefg", "abcdefg", ["abcdefg"]),
        .init("a+", "baaab", ["aaa"]),
        .init("abcd..", "abcdef", ["abcdef"]),
        .init("x", "y", nil),
        .init("b", "abc", ["b"]),
        .init(".", "a", ["a"]),
        .init(".*", "abcdef", ["abcdef"]),
        .init("[a-z]+", "abcd", ["abcd"]),
        .init("[^a-z]+", "ab1234cd", ["1234"]),
        .init(#"[a\-\]z]+"#, "az]-bcz", ["az]-"]),
        .init(#"[^\n]+"#, "abcd\n", ["abcd"]),
        .init("[日本語]+", "日本語日本語", ["日本語日本語"]),
        .init("日本語+", "日本語語語語", ["日本語語語語"]),
        .init("[]a]+", "a]b", ["a]"]),
        .init("[^]a]+", "a]bc", ["bc"]),
        .init("[a-]+", "a-b", ["a-"]),
        .init("[-a]+", "-ab", ["-a"]),
        .init("[.]", ".", ["."]),
        .init("[.]", "a", nil),
        .init(#"\a\f\n\r\t\v"#, "\u{7}\u{c}\n\r\t\u{b}", ["\u{7}\u{c}\n\r\t\u{b}"]),
        .init(#"[\a\f\n\r\t\v]+"#, "\u{7}\u{c}\n\r\t\u{b}", ["\u{7}\u{c}\n\r\t\u{b}"]),
        .init(#"\x41\x{263a}\101\0"#, "A☺A\u{0}", ["A☺A\u{0}"]),
        .init(#"\Q.*+?\E+"#, ".*+??", [".*+??"]),
        .init(#"\Qab"#, "xab", ["ab"]),
        .init(##"\!\"\#\$\%\&\'\(\)\*\+\,\-\.\/\:\;\<\=\>\?\@\[\\\]\^\_\{\|\}\~"##, ##"!"#$%&'()*+,-./:;<=>?@[\]^_{|}~"##,
              [##"!"#$%&'()*+,-./:;<=>?@[\]^_{|}~"##]),
        .init(#"\d+"#, "ab 123", ["123"]),
        .init(#"\D+"#, "12ab 3", ["ab "]),
        .init(#"\s+"#, "a \t\n\r\u{c}b", [" \t\n\r\u{c}"]),
        .init(#"\s"#, "\u{b}", nil),
        .init(#"\S+"#, "  ab ", ["ab"]),
        .init(#"\w+"#, "-a_1-", ["a_1"]),
        .init(#"\W+"#, "ab-+cd", ["-+"]),
        .init(#"\w"#, "é", nil),
        .init(#"\d"#, "٣", nil),
        .init(#"[^\S\s]"#, "abcd", nil),
        .init(#"[^\S[:space:]]"#, "abcd", nil),
        .init(#"[^\D\d]"#, "abcd", nil),
        .init(#"[^\D[:digit:]]"#, "abcd", nil),
        .init("[[:alpha:]]+", "ab1", ["ab"]),
        .init("[[:^alpha:]]+", "ab12", ["12"]),
        .init("[[:digit:][:upper:]]+", "aB1C2d", ["B1C2"]),
        .init("[[:word:]]+", "-a_1-", ["a_1"]),
        .init("[[:space:]]+", "a\u{b} b", ["\u{b} "]),
        .init("[[:punct:]]+", "a!-/b", ["!-/"]),
        .init("[[:xdigit:]]+", "xfF09g", ["fF09"]),
        .init("[:alpha:]+", "xa:l", ["a:l"]),
        .init("[^a]", "\n", ["\n"]),
        .init(#"\D"#, "\n", ["\n"]),
    ]

    static let anchorsAndFlags: [RegexSearchCase] = [
        .init("^", "abcde", [""]),
        .init("$", "abcde", [""]),
        .init("^abcd$", "abcd", ["abcd"]),
        .init("^bcd", "abcdef", nil),
        .init("^abcd$", "abcde", nil),
        .init("/$", "/abc/", ["/"]),
        .init("/$", "/abc", nil),
        .init("ab$", "cab", ["ab"]),
        .init("axxb$", "axxcb", nil),
        .init("a$", "a\n", nil),
        .init("(?m)a$", "a\nb", ["a"]),
        .init("^b", "a\nb", nil),
        .init("(?m)^b", "a\nb", ["b"]),
        .init(#"\Aa"#, "ba", nil),
        .init(#"(?m)\Ab"#, "a\nb", nil),
        .init(#"a\z"#, "a\n", nil),
        .init(#"(?m)a\z"#, "a\nb", nil),
        .init(#"\bfoo\b"#, "a foo b", ["foo"]),
        .init(#"\bfoo\b"#, "afoo", nil),
        .init(#"\Boo\B"#, "fooa", ["oo"]),
        .init(#"\b"#, "é", nil),
        .init("a.b", "a\nb", nil),
        .init("(?s)a.b", "a\nb", ["a\nb"]),
        .init("(?s:a.)b", "a\nb", ["a\nb"]),
        .init("(?-s)(?:(?:^).)", "\n", nil),
        .init("(?s)(?:(?:^).)", "\n", ["\n"]),
        .init("(?i)hello", "HeLLo", ["HeLLo"]),
        .init("(?i:a)b", "Ab", ["Ab"]),
        .init("(?i:a)b", "AB", nil),
        .init("a(?i)b", "aB", ["aB"]),
        .init("(?i)a(?-i)b", "AB", nil),
        .init("(?i)a(?-i)b", "Ab", ["Ab"]),
        .init("(a(?i)b)c", "aBc", ["aBc", "aB"]),
        .init("(a(?i)b)c", "aBC", nil),
        .init("(?i)[a-c]+", "xABCd", ["ABC"]),
        .init("(?i)[^a]", "A", nil),
        .init(#"(?i)\W"#, "k", nil),
        .init(#"(?i)\W"#, "s", nil),
        .init(#"(?i)[\W]"#, "k", nil),
        .init("(?i)k", "\u{212A}", ["\u{212A}"]),
        .init("(?i)s", "ſ", ["ſ"]),
        .init("(?i)σ", "Σ", ["Σ"]),
        .init("(?i)σ", "ς", ["ς"]),
        .init("(?i)ß", "ẞ", ["ẞ"]),
        .init("(?i)é", "É", ["É"]),
        .init("(?i)[[:lower:]]+", "aBc", ["aBc"]),
        .init(#"(?i)\p{Lu}+"#, "aBc", ["aBc"]),
        .init("(?U)a+", "aaa", ["a"]),
        .init("(?U)a+?", "aaa", ["aaa"]),
        .init("(?U)(a*)(a*)", "aaa", ["", "", ""]),
        .init("(?im)^B$", "a\nb\nc", ["b"]),
        .init("(?)a", "a", ["a"]),
    ]

    static let groupsAndRepetition: [RegexSearchCase] = [
        .init("()", "", ["", ""]),
        .init("(a)", "a", ["a", "a"]),
        .init("(.)(.)", "日a", ["日a", "日", "a"]),
        .init("(.*)", "", ["", ""]),
        .init("(.*)", "abcd", ["abcd", "abcd"]),
        .init("(..)(..)", "abcd", ["abcd", "ab", "cd"]),
        .init("(([^xyz]*)(d))", "abcd", ["abcd", "abcd", "abc", "d"]),
        .init("((a|b|c)*(d))", "abcd", ["abcd", "abcd", "c", "d"]),
        .init("(((a|b|c)*)(d))", "abcd", ["abcd", "abcd", "abc", "c", "d"]),
        .init("a*(|(b))c*", "abacadaeafag", ["a", "", nil]),
        .init("(.*).*", "ab", ["ab", "ab"]),
        .init("(aa)*$", "a", ["", nil]),
        .init("(?:.|(?:.a))", "", nil),
        .init("(?:A(?:A|a))", "Aa", ["Aa"]),
        .init("(?:A|(?:A|a))", "a", ["a"]),
        .init("(a){0}", "", ["", nil]),
        .init("(a){0}b", "ab", ["b", nil]),
        .init("(|a)*", "aa", ["", ""]),
        .init("(|a)+", "aa", ["", ""]),
        .init("(a*)*", "b", ["", ""]),
        .init("(a*)+", "b", ["", ""]),
        .init("(a|b)*", "ab", ["ab", "b"]),
        .init("(?:ab)+", "ababx", ["abab"]),
        .init("(?P<first>a)(?<second>b)", "ab", ["ab", "a", "b"]),
        .init("data", "daXY data", ["data"]),
        .init("da(.)a$", "daXY data", ["data", "t"]),
        .init("zx+", "zzx", ["zx"]),
        .init("ab$", "abcab", ["ab"]),
        .init("a*", "baaab", [""]),
        .init("a*?", "aaa", [""]),
        .init("a+?", "aaa", ["a"]),
        .init("a??b", "ab", ["ab"]),
        .init("(a+?)(a*)", "aaa", ["aaa", "a", "aa"]),
        .init("(a+)(a*)", "aaa", ["aaa", "aaa", ""]),
        .init("x{2}", "xxx", ["xx"]),
        .init("x{2}", "x", nil),
        .init("x{2,}", "xxxx", ["xxxx"]),
        .init("x{2,3}", "xxxx", ["xxx"]),
        .init("x{2,3}?", "xxxx", ["xx"]),
        .init("x{0,}y", "xxy", ["xxy"]),
        .init("x{0,1}y", "xxy", ["xy"]),
        .init("(x{1,2}){2}", "xxxx", ["xxxx", "xx"]),
        .init("a{,2}", "a{,2}", ["a{,2}"]),
        .init("a{", "a{", ["a{"]),
        .init("a{1", "a{1", ["a{1"]),
        .init("a{01}", "a{01}", ["a{01}"]),
        .init("{", "{", ["{"]),
        .init("x{1000}", String(repeating: "x", count: 1000), [String(repeating: "x", count: 1000)]),
        .init("^*a", "a", ["a"]),
        .init(#"\b+a"#, "a", ["a"]),
    ]

    static let alternationSemantics: [RegexSearchCase] = [
        // Go's regexp is leftmost-first (Perl-like), not leftmost-longest (POSIX).
        .init("a|ab", "ab", ["a"]),
        .init("ab|a", "ab", ["ab"]),
        .init("(a|ab)(c|bcd)(d*)", "abcd", ["abcd", "a", "bcd", ""]),
        .init("(a+|b+)*", "ab", ["ab", "b"]),
        .init("(a|b)*?c", "abc", ["abc", "b"]),
        .init("x*|y", "y", [""]),
        .init("(?:a|(b))+", "ab", ["ab", "b"]),
        .init("(?:(a)|b)+", "ab", ["ab", "a"]),
        .init("foo|foobar", "foobar", ["foo"]),
        .init("(foo|foobar)$", "foobar", ["foobar", "foobar"]),
    ]

    static let unicode: [RegexSearchCase] = [
        .init(#"\pL+"#, "héllo wörld", ["héllo"]),
        .init(#"\p{L}+"#, "123abc", ["abc"]),
        .init(#"\p{Lu}"#, "aBc", ["B"]),
        .init(#"\p{Ll}+"#, "ABcd", ["cd"]),
        .init(#"\PL+"#, "abc123", ["123"]),
        .init(#"\p{^L}+"#, "abc123", ["123"]),
        .init(#"\P{^L}+"#, "12ab", ["ab"]),
        .init(#"\pN+"#, "x٣4", ["٣4"]),
        .init(#"\p{Nd}+"#, "x٣4", ["٣4"]),
        .init(#"\p{P}+"#, "a!?b", ["!?"]),
        .init(#"\p{S}"#, "a€b", ["€"]),
        .init(#"\p{Z}"#, "a\u{a0}b", ["\u{a0}"]),
        .init(#"\p{Greek}+"#, "abc αβγ", ["αβγ"]),
        .init(#"\p{Cyrillic}+"#, "hi Привет", ["Привет"]),
        .init(#"\p{Han}+"#, "日本語です", ["日本語"]),
        .init(#"\p{Latin}+"#, "αβcafé", ["café"]),
        .init(#"\p{Arabic}+"#, "abc مرحبا", ["مرحبا"]),
        .init(#"\p{Hiragana}+"#, "カタかなひら", ["かなひら"]),
        .init(#"\p{Katakana}+"#, "カタかな", ["カタ"]),
        .init(#"\p{Hangul}+"#, "a한국어", ["한국어"]),
        .init(#"\p{Hebrew}+"#, "aשלום", ["שלום"]),
        .init(#"\p{Thai}+"#, "aไทย", ["ไทย"]),
        .init(#"\p{Devanagari}+"#, "aनमस्ते", ["नमस्ते"]),
        .init(#"\P{Arabic}+"#, "مabc", ["abc"]),
        .init(#"[\p{Arabic}\d]+"#, "x1م2", ["1م2"]),
        .init(#"[\p{Greek}\d]+"#, "x1α2y", ["1α2"]),
        .init(#"[^\p{L}]+"#, "ab12cd", ["12"]),
        .init(#"\p{Any}+"#, "a\nb", ["a\nb"]),
        .init(#"\p{Letter}+"#, "1ab2", ["ab"]),
        .init(#"\p{Uppercase Letter}+"#, "aBCd", ["BC"]),
        .init(#"\p{LC}+"#, "1aB2", ["aB"]),
        .init(#"\p{greek}+"#, "aβ", ["β"]),
        .init(#"\p{Cn}"#, "a\u{378}", ["\u{378}"]),
        .init(#"\p{Assigned}+"#, "ab\u{378}", ["ab"]),
        .init(#"\p{ASCII}+"#, "abé", ["ab"]),
        .init(#"\pC"#, "a\u{378}\u{7}", ["\u{7}"]),
        .init("^.$", "日", ["日"]),
        .init("^.$", "😀", ["😀"]),
        .init("^..$", "e\u{301}", ["e\u{301}"]),
        .init("[😀-😂]", "x😁", ["😁"]),
        .init(#"\x{1F600}"#, "😀", ["😀"]),
    ]

    @Test("literals, escapes and classes", arguments: literalsAndClasses)
    func searchLiteralsAndClasses(_ c: RegexSearchCase) throws { #expect(try firstSubmatch(c.pattern, c.input) == c.groups) }

    @Test("anchors and flags", arguments: anchorsAndFlags)
    func searchAnchorsAndFlags(_ c: RegexSearchCase) throws { #expect(try firstSubmatch(c.pattern, c.input) == c.groups) }

    @Test("groups and repetition", arguments: groupsAndRepetition)
    func searchGroupsAndRepetition(_ c: RegexSearchCase) throws { #expect(try firstSubmatch(c.pattern, c.input) == c.groups) }

    @Test("leftmost-first alternation", arguments: alternationSemantics)
    func searchAlternation(_ c: RegexSearchCase) throws { #expect(try firstSubmatch(c.pattern, c.input) == c.groups) }

    @Test("Unicode", arguments: unicode)
    func searchUnicode(_ c: RegexSearchCase) throws { #expect(try firstSubmatch(c.pattern, c.input) == c.groups) }

    /// Successive matches (Go's FindAllString / FindAllStringSubmatch with a limit).
    static let findAll: [(pattern: String, text: String, limit: Int, matches: [[String]])] = [
        ("a", "bababaab", -1, [["a"], ["a"], ["a"], ["a"]]),
        ("a", "bababaab", 0, []),
        ("a", "bababaab", 2, [["a"], ["a"]]),
        ("a", "bababaab", 5, [["a"], ["a"], ["a"], ["a"]]),
        ("a*", "baaab", -1, [[""], ["aaa"], [""]]),
        ("[a-c]*", "日", -1, [[""], [""]]),
        ("[^日]", "abc日def", -1, [["a"], ["b"], ["c"], ["d"], ["e"], ["f"]]),
        ("0A|0[aA]", "0a", -1, [["0a"]]),
        (".(.)", "abcd", -1, [["ab", "b"], ["cd", "d"]]),
        ("a(b*)", "abbaab", -1, [["abb", "bb"], ["a", ""], ["ab", "b"]]),
        ("a*(|(b))c*", "aacc", -1, [["aacc", "", ""]]),
        (#"\b"#, "x y", -1, [[""], [""], [""], [""]]),
        (#"\B"#, "xx yy", -1, [[""], [""]]),
        ("(|a)*", "aa", -1, [["", ""], ["", ""], ["", ""]]),
        ("^", "ab\nc", -1, [[""]]),
        ("(?m)^", "a\nb", -1, [[""], [""]]),
        ("(?m)$", "a\nb", -1, [[""], [""]]),
        (".", "qwertyuiopasdfghjklzxcvbnm1234567890", -1, "qwertyuiopasdfghjklzxcvbnm1234567890".map { [String($0)] }),
    ]

    @Test("successive matches", arguments: findAll.indices)
    func successiveMatches(_ i: Int) throws {
        let c = Self.findAll[i]
        #expect(try Regexp(c.pattern).findAllSubmatches(c.text, limit: c.limit) == c.matches, "/\(c.pattern)/ on \(c.text)")
    }

    @Test("group names")
    func groupNames() throws {
        #expect(try Regexp(#"(?P<year>\d{4})-(\d\d)-(?<day>\d\d)(?:x)"#).groupNames == ["", "year", "", "day"])
        // Go accepts a repeated name; expansion uses the first group of that name that took part.
        #expect(try Regexp("(?P<n>a)|(?P<n>b)").groupNames == ["", "n", "n"])
        #expect(try Regexp("(?P<n>a)|(?P<n>b)").replaceAll("ab", with: "[$n]") == "[a][b]")
    }

    /// Syntax RE2 rejects, with the error Go reports.
    static let rejected: [(String, RegexError.Code, String)] = [
        (#"(a)\1"#, .invalidEscape, #"\1"#),
        (#"\8"#, .invalidEscape, #"\8"#),
        (#"\Z"#, .invalidEscape, #"\Z"#),
        (#"\C"#, .invalidEscape, #"\C"#),
        (#"\k<a>"#, .invalidEscape, #"\k"#),
        (#"\é"#, .invalidEscape, #"\é"#),
        (#"\xZZ"#, .invalidEscape, #"\xZZ"#),
        (#"\x{110000}"#, .invalidEscape, #"\x{110000"#),
        (#"\x{}"#, .invalidEscape, #"\x{}"#),
        (#"[\b]"#, .invalidEscape, #"\b"#),
        ("(?=a)", .invalidPerlOp, "(?="),
        ("(?!a)", .invalidPerlOp, "(?!"),
        ("(?>a)", .invalidPerlOp, "(?>"),
        ("(?#c)", .invalidPerlOp, "(?#"),
        ("(?P=n)", .invalidPerlOp, "(?P"),
        ("(?i", .invalidPerlOp, "(?i"),
        ("(?-)", .invalidPerlOp, "(?-)"),
        ("(?<=a)b", .invalidNamedCapture, "(?<=a)b"),
        ("(?<!a)b", .invalidNamedCapture, "(?<!a)b"),
        ("(?P<", .invalidPerlOp, "(?P"),
        ("(?<", .invalidPerlOp, "(?<"),
        ("(?P<>a)", .invalidNamedCapture, "(?P<>"),
        ("(?P<a-b>x)", .invalidNamedCapture, "(?P<a-b>"),
        ("a*+", .invalidRepeatOp, "*+"),
        ("a++", .invalidRepeatOp, "++"),
        ("a?+", .invalidRepeatOp, "?+"),
        ("a**", .invalidRepeatOp, "**"),
        ("a*??", .invalidRepeatOp, "*??"),
        ("a{2}{3}", .invalidRepeatOp, "{2}{3}"),
        ("a{1001}", .invalidRepeatSize, "{1001}"),
        ("a{2,1}", .invalidRepeatSize, "{2,1}"),
        ("a{1,1001}", .invalidRepeatSize, "{1,1001}"),
        ("(a{1000}){1000}", .invalidRepeatSize, "{1000}"),
        ("((a{100}){10}){2}", .invalidRepeatSize, "{2}"),
        ("*", .missingRepeatArgument, "*"),
        ("a|*", .missingRepeatArgument, "*"),
        ("(*)", .missingRepeatArgument, "*"),
        ("{2}", .missingRepeatArgument, "{2}"),
        ("(a", .missingParen, "(a"),
        ("a)", .unexpectedParen, "a)"),
        ("[a", .missingBracket, "[a"),
        ("[]", .missingBracket, "[]"),
        ("[a-", .missingBracket, "[a-"),
        ("[z-a]", .invalidCharRange, "z-a"),
        ("[[:foo:]]", .invalidCharRange, "[:foo:]"),
        (#"\p{Foo}"#, .invalidCharRange, #"\p{Foo}"#),
        (#"\p{Script=Greek}"#, .invalidCharRange, #"\p{Script=Greek}"#),
        (#"\p{L"#, .invalidCharRange, #"\p{L"#),
        (#"\p"#, .invalidCharRange, #"\p"#),
        (#"a\"#, .trailingBackslash, ""),
    ]

    @Test("rejects what RE2 rejects", arguments: rejected.indices)
    func rejects(_ i: Int) {
        let (pattern, code, text) = Self.rejected[i]
        #expect(throws: RegexError(code: code, text: text), "\(pattern)") { try Regexp(pattern) }
    }

    @Test("error text is Go's")
    func errorText() {
        #expect(throws: RegexError.self) { try Regexp("a**") }
        do {
            _ = try Regexp("(a")
        } catch {
            #expect(error.description == "error parsing regexp: missing closing ): `(a`")
        }
    }

    @Test("nesting and size limits")
    func limits() throws {
        // Go limits the height of the parse tree to 1000: 999 nested groups around a literal fit.
        _ = try Regexp(String(repeating: "(", count: 999) + "a" + String(repeating: ")", count: 999))
        let tooDeep = String(repeating: "(", count: 1000) + "a" + String(repeating: ")", count: 1000)
        #expect(throws: RegexError(code: .nestingDepth, text: tooDeep)) { try Regexp(tooDeep) }
        _ = try Regexp(String(repeating: "(?:", count: 999) + "a" + String(repeating: ")", count: 999))
        let huge = "(?:" + (0..<120).map { "\(Character(Unicode.Scalar(UInt8(97 + $0 % 26))))x{1000}" }.joined(separator: "|") + ")"
        #expect(throws: RegexError(code: .tooLarge, text: huge)) { try Regexp(huge) }
    }

    @Test("deeply nested patterns compile on a small-stack thread")
    func deepNestingOnSmallStack() {
        final class Outcome: @unchecked Sendable { var ok = false }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let deep = String(repeating: "(?:a|", count: 300) + String(repeating: ")*", count: 300)
            // 16 levels stay on the calling thread's stack; 1000 move to a larger one.
            let shallow = String(repeating: "(a|", count: 16) + String(repeating: ")*", count: 16)
            outcome.ok = (try? Regexp(deep))?.matches("aaa") == true && (try? Regexp(shallow))?.matches("aaa") == true
            done.signal()
        }
        thread.stackSize = 512 << 10
        thread.start()
        done.wait()
        #expect(outcome.ok)
    }

    @Test("pathological patterns run in linear time")
    func linearTime() throws {
        let million = String(repeating: "a", count: 1_000_000)
        #expect(try Regexp("^(a|b)*$").matches(million))
        #expect(try firstSubmatch("^(a|b)*$", String(repeating: "ab", count: 50_000))?[1] == "b")
        let forty = String(repeating: "a", count: 40) + "b"
        #expect(try !Regexp("(a+)+$").matches(forty))
        #expect(try !Regexp("^(a+)+$").matches(forty))
        #expect(try !Regexp("(x+x+)+y").matches(String(repeating: "x", count: 5000)))
        #expect(try !Regexp("(a|aa)+$").matches(String(repeating: "a", count: 5000) + "!"))
        #expect(try !Regexp("(.*a){20}").matches(String(repeating: "a", count: 19) + String(repeating: "b", count: 2000)))
    }

    @Test("the cache stays bounded and remembers errors")
    func boundedCache() throws {
        let cache = RegexpCache(capacity: 2)
        for p in ["a", "b", "c", "d"] { #expect(try cache.regexp(p).matches(p)) }
        #expect(throws: RegexError(code: .invalidEscape, text: #"\1"#)) { try cache.regexp(#"(a)\1"#) }
        #expect(throws: RegexError(code: .invalidEscape, text: #"\1"#)) { try cache.regexp(#"(a)\1"#) }
        let small = RegexpCache(capacity: 100, instructionBudget: 3000)
        for i in 0..<10 { #expect(try small.regexp("x{1000}|\(i)").matches("\(i)")) }
    }

    @Test("compiled patterns are shared across threads")
    func concurrentUse() async throws {
        let results = await withTaskGroup(of: Bool.self) { group in
            for i in 0..<32 {
                group.addTask {
                    let re = try? RegexpCache.shared.regexp(#"^item-(\d+)$"#)
                    return re?.findAllSubmatches("item-\(i)", limit: -1) == [["item-\(i)", "\(i)"]]
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 32 && results.allSatisfy { $0 })
    }
}
