import Rego
import Testing

/// `time.parse_ns`, `time.format` and `time.diff` with Go's reference-time layouts, from the
/// examples of Go's `time` package documentation and OPA's built-in reference.
@Suite struct TimeLayoutTests {
    func eval(_ expression: String) throws -> RegoValue? {
        let engine = try RegoEngine(modules: [], options: RegoOptions(strictBuiltinErrors: true))
        return try engine.evaluate(query: "x := \(expression)", input: nil).first?["x"]
    }

    static let nov10 = 1_257_894_000_000_000_000   // 2009-11-10T23:00:00Z, Go's example date

    @Test(arguments: [
        ("2006-01-02", "2024-02-29", 1_709_164_800_000_000_000),
        ("2006-Jan-02", "2013-Feb-03", 1_359_849_600_000_000_000),
        ("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)", 1_359_921_240_000_000_000),
        ("RFC3339", "2006-01-02T15:04:05+07:00", 1_136_189_045_000_000_000),
        ("2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05Z", 1_136_214_245_000_000_000),
        ("RFC1123Z", "Tue, 10 Nov 2009 23:00:00 -0000", nov10),
        ("ANSIC", "Tue Nov 10 23:00:00 2009", nov10),
        ("02/01/06 15:04:05.000", "10/11/09 23:00:00.250", nov10 + 250_000_000),
        ("2006-01-02 15:04:05", "2009-11-10 23:00:00.5", nov10 + 500_000_000),   // a fraction after seconds is accepted
        ("2006-002", "2009-314", 1_257_811_200_000_000_000),
        ("January 2 2006 3PM -07", "November 10 2009 4PM -07", nov10),
    ])
    func parsesAsGoDoes(layout: String, value: String, want: Int) throws {
        #expect(try eval("time.parse_ns(\"\(layout)\", \"\(value)\")") == .number(.int(want)), "\(layout)")
    }

    @Test(arguments: [
        ("2006-01-02", "2023-02-30"),       // day out of range
        ("2006-01-02", "2023-13-01"),       // month out of range
        ("2006-01-02", "2023-01-01 extra"), // extra text
        ("15:04", "25:00"),                 // hour out of range
        ("2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05"),
        ("2006-01-02", "3000-01-01"),       // beyond the nanosecond range
    ])
    func rejectsWhatGoRejects(layout: String, value: String) throws {
        #expect(throws: RegoError.self) { try eval("time.parse_ns(\"\(layout)\", \"\(value)\")") }
    }

    @Test(arguments: [
        ("Mon Jan _2 15:04:05 2006", "Tue Nov 10 23:00:00 2009"),
        ("3:04PM", "11:00PM"),
        ("Jan _2 15:04:05.000000", "Nov 10 23:00:00.000000"),
        ("2006-01-02T15:04:05.999Z07:00", "2009-11-10T23:00:00Z"),
        ("RFC822", "10 Nov 09 23:00 UTC"),
        ("Monday, 002 __2 pm", "Tuesday, 314 314 pm"),
    ])
    func formatsAsGoDoes(layout: String, want: String) throws {
        #expect(try eval("time.format([\(Self.nov10), \"UTC\", \"\(layout)\"])") == .string(want))
    }

    @Test func formatDefaultsToRFC3339NanoAndHonoursTheZone() throws {
        #expect(try eval("time.format(\(Self.nov10 + 120_000_000))") == .string("2009-11-10T23:00:00.12Z"))
        #expect(try eval("time.format([\(Self.nov10), \"Asia/Kolkata\", \"2006-01-02 15:04 -07:00\"])") == .string("2009-11-11 04:30 +05:30"))
        #expect(throws: RegoError.self) { try eval("time.format(1.5)") }
    }

    @Test func diffBorrowsAsOPADoes() throws {
        let jan31 = "time.parse_rfc3339_ns(\"2024-01-31T00:00:00Z\")", mar1 = "time.parse_rfc3339_ns(\"2024-03-01T00:00:00Z\")"
        #expect(try eval("time.diff(\(jan31), \(mar1))") == .array([0, 1, 1, 0, 0, 0].map { .number(.int($0)) }))
        #expect(try eval("time.diff(\(mar1), \(jan31))") == .array([0, 1, 1, 0, 0, 0].map { .number(.int($0)) }))
    }
}

