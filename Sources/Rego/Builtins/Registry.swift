import Foundation

/// Every built-in's declaration in one table; implementations live in one file per category.
final class BuiltinRegistry: Sendable {
    static let shared = BuiltinRegistry()

    let declarations: [String: BuiltinDecl]
    let implementations: [String: BuiltinFn]
    /// Declaration and implementation together, for one lookup per call.
    let entries: [String: (decl: BuiltinDecl, fn: BuiltinFn)]
    /// What evaluation needs per call (arity and implementation), cheap to copy.
    let callTable: [String: (arity: Int?, fn: BuiltinFn)]

    private init() {
        var d: [String: BuiltinDecl] = [:]
        for decl in BuiltinRegistry.table { d[decl.name] = decl }
        declarations = d
        var impls: [String: BuiltinFn] = [:]
        for group in [
            ComparisonBuiltins.all, ArithmeticBuiltins.all, AggregateBuiltins.all, TypeBuiltins.all,
            StringBuiltins.all, CollectionBuiltins.all, ObjectBuiltins.all, EncodingBuiltins.all,
            RegexBuiltins.all, TimeBuiltins.all, RuntimeBuiltins.all, UUIDBuiltins.all, NetBuiltins.all, CryptoBuiltins.all,
            BitsBuiltins.all, SemverBuiltins.all, UnitsBuiltins.all, GlobBuiltins.all, JSONBuiltins.all, TokenBuiltins.all, GraphQLBuiltins.all, JSONSchema.all, AWSBuiltins.all, X509Builtins.all, TemplateBuiltins.all, GraphBuiltins.all, ParseModuleBuiltins.all,
        ] {
            for (k, v) in group { impls[k] = v }
        }
        implementations = impls
        var e: [String: (decl: BuiltinDecl, fn: BuiltinFn)] = [:]
        for (name, fn) in impls { if let decl = d[name] { e[name] = (decl, fn) } }
        entries = e
        callTable = e.mapValues { ($0.decl.arity, $0.fn) }
    }

    func lookup(_ name: String) -> BuiltinDecl? { entries[name]?.decl }

    /// True when some built-in is named `ns.<something>`.
    func hasNamespace(_ ns: String) -> Bool { declarations.keys.contains { $0.hasPrefix(ns + ".") } }

    func implementation(_ name: String) -> BuiltinFn? { implementations[name] }

    /// Names with both a declaration and an implementation, sorted.
    var supportedNames: [String] { declarations.keys.filter { implementations[$0] != nil }.sorted() }

    private static func d(_ name: String, _ args: [String], _ result: String, _ cat: String, _ desc: String) -> BuiltinDecl {
        BuiltinDecl(name: name, args: args, result: result, category: cat, description: desc)
    }

    /// The declaration table: name, argument types, result type, category, description.
    static let table: [BuiltinDecl] = [
        // comparison
        d("equal", ["any", "any"], "boolean", "comparison", "x == y"),
        d("neq", ["any", "any"], "boolean", "comparison", "x != y"),
        d("lt", ["any", "any"], "boolean", "comparison", "x < y"),
        d("lte", ["any", "any"], "boolean", "comparison", "x <= y"),
        d("gt", ["any", "any"], "boolean", "comparison", "x > y"),
        d("gte", ["any", "any"], "boolean", "comparison", "x >= y"),
        d("internal.member_2", ["any", "any"], "boolean", "comparison", "x in xs"),
        d("internal.member_3", ["any", "any", "any"], "boolean", "comparison", "k, v in xs"),
        // arithmetic
        d("plus", ["number", "number"], "number", "numbers", "x + y"),
        d("minus", ["any", "any"], "any", "numbers", "x - y, or set difference"),
        d("mul", ["number", "number"], "number", "numbers", "x * y"),
        d("div", ["number", "number"], "number", "numbers", "x / y"),
        d("rem", ["number", "number"], "number", "numbers", "x % y"),
        d("abs", ["number"], "number", "numbers", "absolute value"),
        d("round", ["number"], "number", "numbers", "round half away from zero"),
        d("ceil", ["number"], "number", "numbers", "round up"),
        d("floor", ["number"], "number", "numbers", "round down"),
        d("numbers.range", ["number", "number"], "array", "numbers", "integers from a to b inclusive"),
        d("numbers.range_step", ["number", "number", "number"], "array", "numbers", "integers from a to b by step"),
        d("rand.intn", ["string", "number"], "number", "numbers", "random integer in [0, n) seeded by string"),
        // aggregates
        d("count", ["any"], "number", "aggregates", "number of elements"),
        d("sum", ["any"], "number", "aggregates", "sum of numbers"),
        d("product", ["any"], "number", "aggregates", "product of numbers"),
        d("max", ["any"], "any", "aggregates", "largest element"),
        d("min", ["any"], "any", "aggregates", "smallest element"),
        d("sort", ["any"], "array", "aggregates", "sorted elements"),
        d("all", ["any"], "boolean", "aggregates", "deprecated: all true"),
        d("any", ["any"], "boolean", "aggregates", "deprecated: any true"),
        // types
        d("is_number", ["any"], "boolean", "types", "type test"),
        d("is_string", ["any"], "boolean", "types", "type test"),
        d("is_boolean", ["any"], "boolean", "types", "type test"),
        d("is_array", ["any"], "boolean", "types", "type test"),
        d("is_set", ["any"], "boolean", "types", "type test"),
        d("is_object", ["any"], "boolean", "types", "type test"),
        d("is_null", ["any"], "boolean", "types", "type test"),
        d("type_name", ["any"], "string", "types", "type name"),
        d("to_number", ["any"], "number", "conversions", "convert to number"),
        d("cast_array", ["any"], "array", "conversions", "deprecated cast"),
        d("cast_set", ["any"], "set", "conversions", "deprecated cast"),
        d("cast_string", ["any"], "string", "conversions", "deprecated cast"),
        d("cast_boolean", ["any"], "boolean", "conversions", "deprecated cast"),
        d("cast_null", ["any"], "null", "conversions", "deprecated cast"),
        d("cast_object", ["any"], "object", "conversions", "deprecated cast"),
        // strings
        d("concat", ["string", "any"], "string", "strings", "join strings with a delimiter"),
        d("contains", ["string", "string"], "boolean", "strings", "substring test"),
        d("startswith", ["string", "string"], "boolean", "strings", "prefix test"),
        d("endswith", ["string", "string"], "boolean", "strings", "suffix test"),
        d("lower", ["string"], "string", "strings", "lower case"),
        d("upper", ["string"], "string", "strings", "upper case"),
        d("split", ["string", "string"], "array", "strings", "split by delimiter"),
        d("replace", ["string", "string", "string"], "string", "strings", "replace all"),
        d("strings.replace_n", ["object", "string"], "string", "strings", "replace many"),
        d("trim", ["string", "string"], "string", "strings", "trim cutset both ends"),
        d("trim_left", ["string", "string"], "string", "strings", "trim cutset left"),
        d("trim_right", ["string", "string"], "string", "strings", "trim cutset right"),
        d("trim_prefix", ["string", "string"], "string", "strings", "remove prefix"),
        d("trim_suffix", ["string", "string"], "string", "strings", "remove suffix"),
        d("trim_space", ["string"], "string", "strings", "trim white space"),
        d("substring", ["string", "number", "number"], "string", "strings", "substring by code points"),
        d("indexof", ["string", "string"], "number", "strings", "index of substring or -1"),
        d("indexof_n", ["string", "string"], "array", "strings", "all indexes of substring"),
        d("sprintf", ["string", "array"], "string", "strings", "Go-style formatting"),
        d("format_int", ["number", "number"], "string", "strings", "integer in base"),
        d("strings.reverse", ["string"], "string", "strings", "reverse"),
        d("strings.count", ["string", "string"], "number", "strings", "count occurrences"),
        d("strings.any_prefix_match", ["any", "any"], "boolean", "strings", "any prefix matches"),
        d("strings.any_suffix_match", ["any", "any"], "boolean", "strings", "any suffix matches"),
        // collections
        d("array.concat", ["array", "array"], "array", "arrays", "concatenate"),
        d("array.slice", ["array", "number", "number"], "array", "arrays", "slice"),
        d("array.reverse", ["array"], "array", "arrays", "reverse"),
        d("and", ["set", "set"], "set", "sets", "intersection (&)"),
        d("or", ["set", "set"], "set", "sets", "union (|)"),
        d("union", ["set"], "set", "sets", "union of sets"),
        d("intersection", ["set"], "set", "sets", "intersection of sets"),
        d("set_diff", ["set", "set"], "set", "sets", "deprecated: x - y"),
        // objects
        d("object.get", ["object", "any", "any"], "any", "objects", "get with default"),
        d("object.union", ["object", "object"], "object", "objects", "recursive merge"),
        d("object.union_n", ["array"], "object", "objects", "merge many"),
        d("object.remove", ["object", "any"], "object", "objects", "remove keys"),
        d("object.filter", ["object", "any"], "object", "objects", "keep keys"),
        d("object.keys", ["object"], "set", "objects", "keys"),
        d("object.subset", ["any", "any"], "boolean", "objects", "subset test"),
        d("json.filter", ["object", "any"], "any", "objects", "keep paths"),
        d("json.remove", ["object", "any"], "any", "objects", "remove paths"),
        d("json.verify_schema", ["any"], "array", "objects", "[valid, error] for a JSON Schema"),
        d("json.match_schema", ["any", "any"], "array", "objects", "[matches, errors] of a document against a JSON Schema"),
        d("json.patch", ["any", "array"], "any", "objects", "RFC 6902 patch"),
        d("walk", ["any"], "array", "graph", "all [path, value] pairs"),
        // encoding
        d("json.marshal", ["any"], "string", "encoding", "JSON text"),
        d("json.marshal_with_options", ["any", "object"], "string", "encoding", "JSON text with options"),
        d("json.unmarshal", ["string"], "any", "encoding", "parse JSON"),
        d("json.is_valid", ["string"], "boolean", "encoding", "JSON validity"),
        d("yaml.marshal", ["any"], "string", "encoding", "YAML text"),
        d("yaml.unmarshal", ["string"], "any", "encoding", "parse YAML (subset)"),
        d("yaml.is_valid", ["string"], "boolean", "encoding", "YAML validity"),
        d("base64.encode", ["string"], "string", "encoding", "base64"),
        d("base64.decode", ["string"], "string", "encoding", "base64"),
        d("base64.is_valid", ["string"], "boolean", "encoding", "base64 validity"),
        d("base64url.encode", ["string"], "string", "encoding", "base64url"),
        d("base64url.encode_no_pad", ["string"], "string", "encoding", "base64url without padding"),
        d("base64url.decode", ["string"], "string", "encoding", "base64url"),
        d("hex.encode", ["string"], "string", "encoding", "hex"),
        d("hex.decode", ["string"], "string", "encoding", "hex"),
        d("urlquery.encode", ["string"], "string", "encoding", "URL query escape"),
        d("urlquery.decode", ["string"], "string", "encoding", "URL query unescape"),
        d("urlquery.encode_object", ["object"], "string", "encoding", "URL query from object"),
        d("urlquery.decode_object", ["string"], "object", "encoding", "URL query to object"),
        // regex & glob
        d("regex.match", ["string", "string"], "boolean", "regex", "pattern matches"),
        d("re_match", ["string", "string"], "boolean", "regex", "deprecated regex.match"),
        d("regex.is_valid", ["any"], "boolean", "regex", "pattern validity"),
        d("regex.split", ["string", "string"], "array", "regex", "split by pattern"),
        d("regex.find_n", ["string", "string", "number"], "array", "regex", "first n matches"),
        d("regex.find_all_string_submatch_n", ["string", "string", "number"], "array", "regex", "submatches"),
        d("regex.replace", ["string", "string", "string"], "string", "regex", "replace matches"),
        d("regex.globs_match", ["string", "string"], "boolean", "regex", "two glob-style patterns match a common non-empty string"),
        d("regex.template_match", ["string", "string", "string", "string"], "boolean", "regex", "template match"),
        d("glob.match", ["string", "any", "string"], "boolean", "glob", "glob match"),
        d("glob.quote_meta", ["string"], "string", "glob", "escape glob metacharacters"),
        // time
        d("time.now_ns", [], "number", "time", "current time (fixed per query)"),
        d("time.parse_rfc3339_ns", ["string"], "number", "time", "parse RFC 3339"),
        d("time.parse_ns", ["string", "string"], "number", "time", "parse with Go layout"),
        d("time.parse_duration_ns", ["string"], "number", "time", "parse Go duration"),
        d("time.add_date", ["number", "number", "number", "number"], "number", "time", "add years, months, days"),
        d("time.date", ["any"], "array", "time", "[year, month, day]"),
        d("time.clock", ["any"], "array", "time", "[hour, minute, second]"),
        d("time.weekday", ["any"], "string", "time", "day of week"),
        d("time.diff", ["any", "any"], "array", "time", "difference"),
        d("time.format", ["any"], "string", "time", "ns, [ns, zone] or [ns, zone, Go layout] as text (RFC 3339 with nanoseconds by default)"),
        // misc
        d("print", ["..."], "boolean", "misc", "print to the configured handler"),
        d("trace", ["string"], "boolean", "misc", "trace note"),
        d("opa.runtime", [], "object", "misc", "{}: as OPA embedded without a runtime (no environment, no version)"),
        d("uuid.rfc4122", ["string"], "string", "misc", "random UUID (stable per query and key)"),
        d("providers.aws.sign_req", ["object", "object", "number"], "object", "net", "AWS SigV4-signed request"),
        d("http.send", ["object"], "object", "net", "HTTP request (not available: no network)"),
        d("net.lookup_ip_addr", ["string"], "set", "net", "DNS lookup through the system resolver (/etc/hosts, DNS), 5 s deadline; a failure is a built-in error"),
        d("uuid.parse", ["string"], "object", "misc", "parse UUID"),
        d("semver.compare", ["string", "string"], "number", "semver", "compare versions"),
        d("semver.is_valid", ["any"], "boolean", "semver", "version validity"),
        d("units.parse", ["string"], "number", "units", "parse SI/IEC units"),
        d("units.parse_bytes", ["string"], "number", "units", "parse byte units"),
        d("net.cidr_contains", ["string", "string"], "boolean", "net", "CIDR contains CIDR or IP"),
        d("net.cidr_intersects", ["string", "string"], "boolean", "net", "CIDRs overlap"),
        d("net.cidr_overlap", ["string", "string"], "boolean", "net", "deprecated net.cidr_contains"),
        d("net.cidr_is_valid", ["string"], "boolean", "net", "CIDR validity"),
        d("net.cidr_expand", ["string"], "set", "net", "all addresses"),
        d("net.cidr_contains_matches", ["any", "any"], "set", "net", "matching pairs"),
        d("net.cidr_merge", ["any"], "set", "net", "merge CIDRs (a bare IPv4 address is its classful network, as Go's DefaultMask; a bare IPv6 address is an error)"),
        d("bits.and", ["number", "number"], "number", "bits", "bitwise and"),
        d("bits.or", ["number", "number"], "number", "bits", "bitwise or"),
        d("bits.xor", ["number", "number"], "number", "bits", "bitwise xor"),
        d("bits.negate", ["number"], "number", "bits", "bitwise not"),
        d("bits.lsh", ["number", "number"], "number", "bits", "shift left"),
        d("bits.rsh", ["number", "number"], "number", "bits", "shift right"),
        d("crypto.sha256", ["string"], "string", "crypto", "SHA-256 hex"),
        d("crypto.sha1", ["string"], "string", "crypto", "SHA-1 hex"),
        d("crypto.md5", ["string"], "string", "crypto", "MD5 hex"),
        d("crypto.hmac.sha256", ["string", "string"], "string", "crypto", "HMAC-SHA-256 hex"),
        d("crypto.hmac.sha1", ["string", "string"], "string", "crypto", "HMAC-SHA-1 hex"),
        d("crypto.hmac.sha512", ["string", "string"], "string", "crypto", "HMAC-SHA-512 hex"),
        d("crypto.hmac.md5", ["string", "string"], "string", "crypto", "HMAC-MD5 hex"),
        d("crypto.hmac.equal", ["string", "string"], "boolean", "crypto", "constant-time compare"),
        d("graph.reachable", ["object", "any"], "set", "graph", "nodes reachable from the initial array or set of nodes"),
        d("graph.reachable_paths", ["object", "any"], "set", "graph", "paths (arrays of nodes) from the initial nodes"),
        d("strings.render_template", ["string", "object"], "string", "strings", "Go text/template with the object as data; a missing key is an error"),
        d("rego.parse_module", ["string", "string"], "object", "rego", "a module's syntax tree in OPA's JSON form (no locations); a parse error is a built-in error"),
        d("rego.metadata.rule", [], "any", "rego", "the active rule's rule-scope METADATA annotation ({} without one)"),
        d("rego.metadata.chain", [], "array", "rego", "METADATA annotations from the active rule out to its packages: [{path, annotations}]"),
        d("crypto.x509.parse_certificates", ["string"], "array", "crypto", "certificates (PEM, or base64 PEM or DER) as Go's x509.Certificate objects"),
        d("crypto.x509.parse_and_verify_certificates", ["string"], "array", "crypto", "[valid, chain]: first certificate the root, last the leaf"),
        d("crypto.x509.parse_and_verify_certificates_with_options", ["string", "object"], "array", "crypto", "[valid, chain] with DNSName, CurrentTime, KeyUsages"),
        d("crypto.x509.parse_certificate_request", ["string"], "object", "crypto", "PKCS #10 request as Go's x509.CertificateRequest object"),
        d("crypto.x509.parse_keypair", ["string", "string"], "object", "crypto", "certificate chain and matching private key (PEM, or base64 PEM or DER) as Go's tls.Certificate"),
        d("crypto.x509.parse_rsa_private_key", ["string"], "object", "crypto", "the first private key (PKCS #1, SEC 1 or PKCS #8 PEM, or base64 of it) as a JWK: RSA, EC or Ed25519"),
        d("crypto.parse_private_keys", ["string"], "array", "crypto", "every private key in PEM (or base64 of PEM) as Go's key struct: RSA, ECDSA or Ed25519"),
        d("graphql.parse_query", ["string"], "object", "graphql", "parse a query to an AST object"),
        d("graphql.parse_schema", ["string"], "object", "graphql", "parse a schema to an AST object"),
        d("graphql.schema_is_valid", ["any"], "boolean", "graphql", "schema validity"),
        d("graphql.is_valid", ["any", "any"], "boolean", "graphql", "query valid against schema"),
        d("graphql.parse_and_verify", ["any", "any"], "array", "graphql", "[valid, query AST, schema AST]"),
        d("graphql.parse", ["any", "any"], "array", "graphql", "[query AST, schema AST]; errors when invalid"),
        d("io.jwt.decode", ["string"], "array", "tokens", "[header, payload, signature]"),
        d("io.jwt.verify_hs256", ["string", "string"], "boolean", "tokens", "HS256 signature check"),
        d("io.jwt.decode_verify", ["string", "object"], "array", "tokens", "[valid, header, payload]: signature (HMAC secret or public key) and claims"),
        d("io.jwt.verify_hs384", ["string", "string"], "boolean", "tokens", "HS384 signature check"),
        d("io.jwt.verify_hs512", ["string", "string"], "boolean", "tokens", "HS512 signature check"),
        d("io.jwt.verify_rs256", ["string", "string"], "boolean", "tokens", "RS256 signature check with a PEM certificate, PEM public key or JWK (set)"),
        d("io.jwt.verify_rs384", ["string", "string"], "boolean", "tokens", "RS384 signature check with a PEM certificate, PEM public key or JWK (set)"),
        d("io.jwt.verify_rs512", ["string", "string"], "boolean", "tokens", "RS512 signature check with a PEM certificate, PEM public key or JWK (set)"),
        d("io.jwt.verify_ps256", ["string", "string"], "boolean", "tokens", "PS256 signature check with a PEM certificate, PEM public key or JWK (set)"),
        d("io.jwt.verify_ps384", ["string", "string"], "boolean", "tokens", "PS384 signature check with a PEM certificate, PEM public key or JWK (set)"),
        d("io.jwt.verify_ps512", ["string", "string"], "boolean", "tokens", "PS512 signature check with a PEM certificate, PEM public key or JWK (set)"),
        d("io.jwt.verify_es256", ["string", "string"], "boolean", "tokens", "ES256 signature check with a PEM certificate, PEM public key or JWK (set)"),
        d("io.jwt.verify_es384", ["string", "string"], "boolean", "tokens", "ES384 signature check with a PEM certificate, PEM public key or JWK (set)"),
        d("io.jwt.verify_es512", ["string", "string"], "boolean", "tokens", "ES512 signature check with a PEM certificate, PEM public key or JWK (set)"),
        d("io.jwt.verify_eddsa", ["string", "string"], "boolean", "tokens", "EdDSA signature check with a PEM certificate, PEM public key or JWK (set)"),
        d("io.jwt.encode_sign_raw", ["string", "string", "string"], "string", "tokens", "sign with a JWK (HMAC, RSA, EC or Ed25519)"),
        d("io.jwt.encode_sign", ["object", "object", "object"], "string", "tokens", "sign with a JWK (HMAC, RSA, EC or Ed25519)"),
    ]
}
