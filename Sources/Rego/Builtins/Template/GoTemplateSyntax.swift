/// The parsed form of a Go `text/template` (the part policies use: actions, pipelines,
/// variables, `if` / `else if` / `range` / `with` / `else` / `end`, comments, trim markers).
enum GoTemplateNode {
    case text(String)
    case output(GoTemplatePipeline)
    case conditional(GoTemplatePipeline, then: [GoTemplateNode], otherwise: [GoTemplateNode])
    case range(GoTemplatePipeline, body: [GoTemplateNode], otherwise: [GoTemplateNode])
    case with(GoTemplatePipeline, body: [GoTemplateNode], otherwise: [GoTemplateNode])
}

struct GoTemplatePipeline {
    /// `$x :=` or `$i, $v :=` (declare), `$x =` (assign).
    var variables: [String] = []
    var declares = true
    var commands: [[GoTemplateOperand]] = []
}

indirect enum GoTemplateOperand {
    case dot
    /// `.a.b` on dot, `$x.a` on a variable, `(pipeline).a`.
    case fields(base: GoTemplateOperand?, names: [String])
    case variable(String)
    case literal(RegoValue)
    case function(String)
    case pipeline(GoTemplatePipeline)
}

struct GoTemplateError: Error {
    let message: String
    init(_ message: String) { self.message = "template: \(message)" }
}
