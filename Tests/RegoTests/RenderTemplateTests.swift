import Rego
import Testing

/// `strings.render_template`, from OPA's built-in reference and Go's `text/template`
/// documentation: fields, variables, `if` / `else if`, `range` with index and `else`, `with`,
/// trim markers, comments, the predefined functions, Go's printing of values, and OPA's
/// `missingkey=error`.
@Suite struct RenderTemplateTests {
    func render(_ template: String, _ vars: RegoValue, strict: Bool = true) throws -> RegoValue? {
        var options = RegoOptions()
        options.strictBuiltinErrors = strict
        let engine = try RegoEngine(modules: [], options: options)
        return try engine.evaluate(query: "x := strings.render_template(input.t, input.v)", input: ["t": .string(template), "v": vars]).first?["x"]
    }

    @Test(arguments: [
        ("{{.name}} has {{.gpus}} GPUs", #"{"name": "chat", "gpus": 2}"#, "chat has 2 GPUs"),
        ("{{.model.name}}@{{.model.version}}", #"{"model": {"name": "llama", "version": "3.1"}}"#, "llama@3.1"),
        ("{{range $i, $c := .cs}}{{if $i}}, {{end}}{{$c}}{{end}}", #"{"cs": ["a", "b", "c"]}"#, "a, b, c"),
        ("{{range .cs}}[{{.}}]{{else}}none{{end}}", #"{"cs": []}"#, "none"),
        ("{{range $k, $v := .m}}{{$k}}={{$v}};{{end}}", #"{"m": {"b": 2, "a": 1}}"#, "a=1;b=2;"),
        ("{{if gt .cost 100.0}}over{{else if eq .cost 100.0}}at{{else}}under{{end}}", #"{"cost": 100}"#, "at"),
        ("{{with .owner}}owned by {{.}}{{else}}unowned{{end}}", #"{"owner": ""}"#, "unowned"),
        ("a  {{- /* note */ -}}  b", "{}", "ab"),
        ("{{ .x -}}\n  y", #"{"x": 1}"#, "1y"),
        ("{{$n := len .cs}}{{$n}} {{index .cs 1}} {{index .m \"k\"}}", #"{"cs": [5, 6], "m": {"k": "v"}}"#, "2 6 v"),
        ("{{printf \"%s=%d\" .k .v}} {{print 1 2}} {{print \"a\" \"b\"}}", #"{"k": "n", "v": 3}"#, "n=3 1 2 ab"),
        ("{{and .a .b}} {{or .a .b}} {{not .a}}", #"{"a": 0, "b": "x"}"#, "0 x true"),
        ("{{.f}} {{.t}} {{.n}} {{.l}} {{.o}}", #"{"f": 1.5, "t": true, "n": null, "l": [1, "a"], "o": {"k": 1}}"#, "1.5 true <nil> [1 a] map[k:1]"),
        ("{{.cs | len}}", #"{"cs": [1, 2, 3]}"#, "3"),
        ("{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}", "{}", "2"),
    ])
    func rendersAsGoDoes(template: String, vars: String, want: String) throws {
        #expect(try render(template, try RegoValue(jsonString: vars)) == .string(want))
    }

    @Test func aMissingKeyIsAnError() throws {
        #expect(throws: RegoError.self) { try render("{{.absent}}", ["present": 1]) }
        #expect(try render("{{.absent}}", ["present": 1], strict: false) == nil)
    }

    @Test(arguments: ["{{.a", "{{if .a}}x", "{{end}}", "{{nosuchfunction 1}}", "{{define \"t\"}}{{end}}", "{{.a.b}}"])
    func badTemplatesAreErrors(template: String) throws {
        #expect(throws: RegoError.self) { try render(template, ["a": 1]) }
    }

    @Test func outputIsBounded() throws {
        var options = RegoOptions(strictBuiltinErrors: true)
        options.maxStringBytes = 1_000
        let engine = try RegoEngine(modules: [], options: options)
        #expect(throws: RegoError.self) {
            try engine.evaluate(query: #"x := strings.render_template("{{range .a}}{{range $.a}}{{range $.a}}0123456789{{end}}{{end}}{{end}}", {"a": numbers.range(1, 100)})"#, input: nil)
        }
    }
}
