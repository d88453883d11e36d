import Foundation
import Logging
import NIOCore
import NIOSSL
import PostgresNIO

/// A ledger's tables in PostgreSQL: the same schema and semantics as the SQLite file, reached
/// over one connection (opened at `Ledger` creation, reopened after the server dropped it).
///
/// Every operation is one blocking call: the async work runs on `LedgerEventLoop` while the
/// caller waits. Operations of one ledger value run one at a time on its connection (a
/// transaction is never interleaved with another call's statements); several ledger values or
/// processes have their own connections, and PostgreSQL's locks order their writes.
final class PostgresLedgerStore: @unchecked Sendable {
    let location: PostgresLocation
    /// The URL without its password, for messages.
    let name: String
    let logger = Logger(label: "purser.ledger.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    /// Guards `connection` and serialises operations.
    private let lock = NSLock()
    private var connection: PostgresConnection?
    /// Runs inside an ingest's transaction just before it commits (tests interrupt it there).
    var beforeIngestCommit: (@Sendable (PostgresConnection, Logger) async throws -> Void)?

    init(location: PostgresLocation) throws {
        self.location = location
        self.name = location.displayName
        lock.lock()
        defer { lock.unlock() }
        _ = try currentConnection()
    }

    deinit {
        // The completion holds the connection until its channel is closed (PostgresNIO requires that).
        if let connection, !connection.isClosed { connection.close().whenComplete { _ in _ = connection } }
    }

    /// Runs `body` on the ledger's connection and waits for it; errors become `LedgerError`s.
    func run<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let connection = try currentConnection()
        do {
            return try LedgerEventLoop.wait { [logger] in try await body(connection, logger) }
        } catch let error as LedgerError {
            throw error
        } catch {
            throw describe(error)
        }
    }

    /// Runs `body` in one transaction: everything it wrote is committed together, or, on any
    /// error (the server gone included), nothing is.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T) throws -> T {
        try run { connection, logger in
            try await connection.query("BEGIN", logger: logger)
            do {
                let value = try await body(connection, logger)
                try await connection.query("COMMIT", logger: logger)
                return value
            } catch {
                // When the connection is gone the server has rolled back already.
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    private func currentConnection() throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        connection = nil
        do {
            let fresh = try LedgerEventLoop.wait { [location, logger] in try await Self.connect(location, logger: logger) }
            connection = fresh
            return fresh
        } catch let error as LedgerError {
            throw error
        } catch {
            throw describe(error)
        }
    }

    /// Connects within `location.connectTimeout` (the TCP connect, TLS, start-up and
    /// authentication together) and selects the ledger's schema.
    static func connect(_ location: PostgresLocation, logger: Logger) async throws -> PostgresConnection {
        let tls: PostgresConnection.Configuration.TLS = location.requireTLS
            ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable
        var configuration = PostgresConnection.Configuration(host: location.host, port: location.port, username: location.user,
                                                             password: location.password, database: location.database, tls: tls)
        configuration.options.connectTimeout = .nanoseconds(Int64(location.connectTimeout.components.seconds) * 1_000_000_000)
        let settings = configuration
        let connection = try await withThrowingTaskGroup(of: PostgresConnection?.self) { group in
            group.addTask {
                try await PostgresConnection.connect(on: LedgerEventLoop.eventLoop, configuration: settings, id: 1, logger: logger)
            }
            group.addTask {
                try await Task.sleep(for: location.connectTimeout)
                return nil
            }
            let first: PostgresConnection?
            do {
                first = try await group.next() ?? nil
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
            if let first { return first }
            // Timed out: a connection that still completes after the cancellation is closed.
            while let late = try? await group.next() {
                if let late { try? await late.close() }
            }
            throw ConnectTimedOut()
        }
        do {
            try await connection.query("SET search_path TO \(unescaped: quoted(location.schema))", logger: logger)
        } catch {
            try? await connection.close()
            throw error
        }
        return connection
    }

    struct ConnectTimedOut: Error {}

    /// A schema or table name in double quotes (names are checked to be plain identifiers).
    static func quoted(_ identifier: String) -> String { "\"\(identifier)\"" }

    /// A PostgreSQL or connection failure as a `LedgerError` naming the server and what went wrong.
    func describe(_ error: any Error) -> LedgerError {
        let server = "PostgreSQL at \(location.host):\(location.port)"
        if error is ConnectTimedOut {
            return LedgerError(.unreachable, file: name, message: "\(server) did not answer within \(location.connectTimeout.components.seconds) s (raise it with ?connect_timeout=SECONDS)")
        }
        guard let psql = error as? PSQLError else {
            if error is CancellationError { return LedgerError(.unreachable, file: name, message: "\(server): the operation was cancelled") }
            return LedgerError(.database, file: name, message: "\(server): \(error)")
        }
        switch psql.code {
        case .connectionError:
            let reason = psql.underlying.map { "\($0)" } ?? "no connection"
            return LedgerError(.unreachable, file: name, message: "cannot connect to \(server): \(reason)")
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            return LedgerError(.unreachable, file: name, message: "the connection to \(server) was lost; the interrupted operation stored nothing")
        case .server:
            let message = psql.serverInfo?[.message] ?? "an error"
            let state = psql.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            let detail = psql.serverInfo?[.detail].map { ": \($0)" } ?? ""
            let code: LedgerError.Code
            switch psql.serverInfo?[.sqlState] ?? "" {
            case let state where state.hasPrefix("28") || state == "3D000": code = .unreachable   // authentication; no such database
            case "22003": code = .overflow   // numeric_value_out_of_range: a sum beyond BIGINT
            default: code = .database
            }
            return LedgerError(code, file: name, message: "\(server) said: \(message)\(detail)\(state)")
        default:
            return LedgerError(.database, file: name, message: "\(server): \(String(reflecting: psql))")
        }
    }
}
