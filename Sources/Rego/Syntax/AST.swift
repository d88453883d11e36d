/// A Rego term with its source location.
struct Term: Sendable {
    indirect enum Kind: Sendable {
        case value(RegoValue)                   // scalars and ground composites
        case variable(String)
        case ref(Term, [Term])                  // head, path (dot keys are string values)
        case array([Term])
        case object([(Term, Term)])
        case set([Term])
        case arrayCompr(Term, Body)
        case setCompr(Term, Body)
        case objectCompr(Term, Term, Body)
        case call(String, [Term])               // built-in or function by dotted name
        /// A long left-associative operator chain (`a + b - c ...`), kept flat so that no pass recurses once per operator.
        case chain(Term, [ChainLink])
        case template([TemplatePart])
    }

    var kind: Kind
    var loc: SourceLocation?

    init(_ kind: Kind, _ loc: SourceLocation?) {
        self.kind = kind
        self.loc = loc
    }

    var varName: String? { if case .variable(let n) = kind { return n }; return nil }
    var isWildcard: Bool { if case .variable(let n) = kind { return n.hasPrefix("$_") }; return false }
    var groundValue: RegoValue? { if case .value(let v) = kind { return v }; return nil }
}

/// One `op rhs` step of an operator chain: the accumulated value so far is the built-in's first operand.
struct ChainLink: Sendable {
    var builtin: String
    var operand: Term
    var loc: SourceLocation?
}

enum TemplatePart: Sendable {
    case text(String)
    case expr(Term)
}

/// One expression of a rule body or query.
struct Expr: Sendable {
    indirect enum Kind: Sendable {
        case term(Term)
        case unify(Term, Term)
        case assign(Term, Term)
        case not(Expr)
        case some([String])
        case someIn(key: Term?, value: Term, collection: Term)
        case every(key: Term?, value: Term, domain: Term, body: Body)
    }

    var kind: Kind
    var with: [WithModifier]
    var loc: SourceLocation?
}

struct WithModifier: Sendable {
    var target: Term
    var value: Term
    var loc: SourceLocation?
}

typealias Body = [Expr]

/// A parsed rule (one definition; a rule name may have many).
struct Rule: Sendable {
    enum HeadKind: Sendable { case complete, partialSet, partialObject, function }

    var ref: [Term]            // head reference; ref[0] is the rule name as .value(.string)
    var args: [Term]?
    var key: Term?             // partial set element or partial object key (v0 style)
    var value: Term?
    var assign: Bool
    var isDefault: Bool
    var body: Body
    var elses: [(value: Term?, body: Body)]
    var headKind: HeadKind
    var loc: SourceLocation?
    /// The METADATA block right before this rule, normalised (`MetadataAnnotations`).
    var annotation: RegoValue? = nil
    /// Whether the body followed the `if` keyword (it decides what a v0 head means).
    var usesIf = false
}

struct Import: Sendable {
    var path: [String]
    var alias: String?
    var loc: SourceLocation?
}

/// A parsed module.
struct Module: Sendable {
    var package: [String]
    var imports: [Import]
    /// `import rego.v1` and `import future.…`: they change how the module parses, bind nothing.
    var languageImports: [[String]] = []
    var rules: [Rule]
    var file: SourceFile
    var v1: Bool
    /// The METADATA block right before the package declaration.
    var packageAnnotation: RegoValue? = nil
}
