/// `strings.render_template`: a Go `text/template` over an object of variables, with a missing
/// key an error (OPA runs Go's template with `missingkey=error`).
enum TemplateBuiltins {
    static let all: [String: BuiltinFn] = [
        "strings.render_template": { c, a in
            let source = try c.string(a, 0)
            let variables = RegoValue.object(try c.object(a, 1))
            let maximumBytes = c.evaluator.budget.maxStringBytes
            do throws(GoTemplateError) {
                let nodes = try GoTemplateParser.parse(source)
                var executor = GoTemplateExecutor(maximumBytes: maximumBytes)
                return .string(try executor.render(nodes, data: variables))
            } catch {
                throw c.fail(error.message)
            }
        },
    ]
}
