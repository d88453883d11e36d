import Foundation

/// Where a ledger lives: a SQLite file path, or a PostgreSQL URL
/// (`postgres://user:password@host:port/database?schema=NAME&sslmode=disable|require&connect_timeout=SECONDS`).
///
/// Anything starting with `postgres://` or `postgresql://` is a PostgreSQL location; everything
/// else is a file path, so existing paths keep their meaning.
public enum LedgerLocation: Sendable, Hashable {
    case file(String)
    case postgres(PostgresLocation)

    /// Reads a location the way `--ledger` takes it.
    /// - Throws: `LedgerError(.invalidArgument)` for a PostgreSQL URL that cannot be used.
    public init(_ text: String) throws {
        if Self.isPostgresURL(text) {
            self = .postgres(try PostgresLocation(url: text))
        } else {
            self = .file(text)
        }
    }

    /// Whether `text` names a PostgreSQL ledger rather than a file.
    public static func isPostgresURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// How the location appears in messages: the path, or the URL without its password.
    public var displayName: String {
        switch self {
        case .file(let path): return path
        case .postgres(let location): return location.displayName
        }
    }
}

/// A PostgreSQL ledger's connection parameters, read from a URL.
public struct PostgresLocation: Sendable, Hashable {
    public var host: String
    public var port: Int
    public var user: String
    /// From the URL, else `PGPASSWORD`; never shown in messages.
    public var password: String?
    public var database: String
    /// The schema holding the ledger's tables (default `public`): several ledgers may share a database.
    public var schema: String
    /// `sslmode=require` makes TLS mandatory; the default (`disable`) connects in clear text, as
    /// for a server on loopback.
    public var requireTLS: Bool
    /// How long connecting may take before the ledger gives up (default 10 s).
    public var connectTimeout: Duration

    public init(url text: String) throws {
        func refuse(_ why: String) -> LedgerError {
            LedgerError(.invalidArgument, file: Self.redacted(text), message: "not a usable PostgreSQL URL: \(why) (expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME])")
        }
        guard let components = URLComponents(string: text) else { throw refuse("it does not parse as a URL") }
        guard let host = components.host, !host.isEmpty else { throw refuse("no host") }
        self.host = host
        self.port = components.port ?? 5432
        guard (1...65535).contains(port) else { throw refuse("port \(port) is out of range") }
        self.user = components.user.flatMap { $0.removingPercentEncoding } ?? ProcessInfo.processInfo.environment["PGUSER"] ?? "postgres"
        self.password = components.password.flatMap { $0.removingPercentEncoding } ?? ProcessInfo.processInfo.environment["PGPASSWORD"]
        let database = String(components.path.drop { $0 == "/" }).removingPercentEncoding ?? ""
        guard !database.isEmpty, !database.contains("/") else { throw refuse("no database name after the host") }
        self.database = database
        var schema = "public", requireTLS = false, timeout = Duration.seconds(10)
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "schema":
                guard Self.isPlainIdentifier(value) else {
                    throw refuse("schema '\(value)' must be letters, digits and underscores, starting with a letter or underscore, at most 63 characters")
                }
                schema = value
            case "sslmode":
                switch value {
                case "disable": requireTLS = false
                case "require": requireTLS = true
                default: throw refuse("sslmode '\(value)' is not supported (disable or require)")
                }
            case "connect_timeout":
                guard let seconds = Int(value), (1...300).contains(seconds) else { throw refuse("connect_timeout '\(value)' must be 1 to 300 seconds") }
                timeout = .seconds(seconds)
            default:
                throw refuse("unknown parameter '\(item.name)' (known: schema, sslmode, connect_timeout)")
            }
        }
        self.schema = schema
        self.requireTLS = requireTLS
        self.connectTimeout = timeout
    }

    /// `postgres://user@host:port/database?schema=…`: the URL without its password.
    public var displayName: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (schema == "public" ? "" : "?schema=\(schema)")
    }

    static func isPlainIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.utf8.count <= 63,
              first == "_" || ("a"..."z").contains(first) || ("A"..."Z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    /// The URL with any password replaced, for messages about a URL that did not parse.
    static func redacted(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"), scheme.upperBound < at else { return text }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }
}
