import Foundation
@testable import Rego
import Testing

/// The engine against results recorded from Go's `regexp` (see `RegexGoParityCases`).
@Suite("Regex parity with Go")
struct RegexGoParityTests {
    struct Case: Decodable {
        let p: String
        let s: String
        let err: String?
        let subs: [[String?]]?
        let split: [String]?
        let repl: String?
    }

    static let cases: [Case] = RegexGoParityCases.jsonLines.split(separator: "\n").map {
        try! JSONDecoder().decode(Case.self, from: Data($0.utf8))
    }

    /// Go's `FindAllStringSubmatchIndex` as text, keeping "did not take part" apart from "matched empty".
    static func allSubmatches(_ re: Regexp, _ s: String) -> [[String?]] {
        let input = Regexp.scalars(s)
        let vm = PikeVM(program: re.program, slotCount: 2 * re.program.groupCount)
        var out: [[String?]] = []
        var pos = 0, previousEnd = -1
        while pos <= input.count, let m = try? vm.firstMatch(in: input, from: pos) {
            let accept = !(m[1] == pos && m[0] == previousEnd)
            pos = m[1] == pos ? pos + 1 : m[1]
            previousEnd = m[1]
            if accept {
                out.append((0..<re.program.groupCount).map { g in m[2 * g] < 0 ? nil : Regexp.text(input, m[2 * g], m[2 * g + 1]) })
            }
        }
        return out
    }

    @Test("recorded cases")
    func recorded() {
        #expect(Self.cases.count > 1000)
        for c in Self.cases {
            let context = "/\(c.p)/ on \(c.s.debugDescription)"
            do {
                let re = try Regexp(c.p)
                guard c.err == nil else {
                    Issue.record("compiled, but Go rejects it (\(c.err!)): \(context)")
                    continue
                }
                #expect(Self.allSubmatches(re, c.s) == c.subs, "\(context)")
                #expect(re.findAllSubmatches(c.s, limit: -1) == c.subs?.map { $0.map { $0 ?? "" } }, "\(context)")
                #expect(re.split(c.s) == c.split, "\(context)")
                #expect(re.replaceAll(c.s, with: "<$1|$0>") == c.repl, "\(context)")
                #expect(re.matches(c.s) == !(c.subs ?? []).isEmpty, "\(context)")
            } catch {
                #expect(error.description == c.err, "\(context)")
            }
        }
    }
}
