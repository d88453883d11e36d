import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PurserCore
import Testing
@testable import PurserServer

/// The control plane over a PostgreSQL ledger (`purser up --ledger postgres://…`): the same API
/// answers as over the SQLite file, and a clear startup error when the server is down.
@Suite("Server on a PostgreSQL ledger")
struct PostgresLedgerServerTests {
    static let url: String? = ProcessInfo.processInfo.environment["PURSER_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    @Test("the API answers the same from PostgreSQL as from SQLite")
    func sameAnswers() async throws {
        guard let url = Self.url else {
            if !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty {
                Issue.record("CI is set but PURSER_TEST_POSTGRES_URL is not: scripts/test.sh starts PostgreSQL under CI")
            }
            return
        }
        let schema = "srv_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        let location = url + (url.contains("?") ? "&" : "?") + "schema=\(schema)"
        let uris = ["/api/v1/costs?by=component", "/api/v1/costs/daily?component=ai-prod/support-chat-llm", "/api/v1/budgets"]
        let fromFile = try await TestFleet.withApp(ingest: true) { client, _, _ in
            var answers: [String] = []
            for uri in uris { answers.append(try await client.execute(uri: uri, method: .get).text) }
            return answers
        }
        let fromServer = try await TestFleet.withApp(ingest: true, configure: { $0.ledgerPath = location }) { client, plane, _ in
            var answers: [String] = []
            for uri in uris {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri)")
                answers.append(response.text)
            }
            plane.audit.flush()
            let verify = try await client.execute(uri: "/api/v1/audit/verify", method: .get)
            #expect(verify.text.contains(#""valid":true"#), "\(verify.text)")
            return answers
        }
        #expect(fromServer == fromFile)
    }

    @Test("PostgreSQL down at startup is a clear error, within the connect timeout")
    func downAtStartup() throws {
        let fleet = try TestFleet()
        defer { fleet.remove() }
        let started = Date()
        let error = #expect(throws: ServerError.self) {
            try ControlPlane(configuration: fleet.configuration { $0.ledgerPath = "postgres://purser:pw@127.0.0.1:1/ledger?connect_timeout=2" },
                             logger: Logger(label: "t"))
        }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(error?.description.contains("cannot connect to PostgreSQL at 127.0.0.1:1") == true, "\(error?.description ?? "")")
        #expect(error?.description.contains("pw@") == false)
    }
}
