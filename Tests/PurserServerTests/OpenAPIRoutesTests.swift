import Foundation
import Testing
@testable import PurserServer

@Suite("OpenAPI routes")
struct OpenAPIRoutesTests {
    /// `(path, method)` of every operation in docs/openapi.yaml: its path keys sit at two spaces
    /// under `paths:`, their operations at four.
    static func documented() throws -> Set<String> {
        let text = try String(contentsOf: TestFleet.packageRoot.appendingPathComponent("docs/openapi.yaml"), encoding: .utf8)
        var operations: Set<String> = []
        var inPaths = false
        var path: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.hasPrefix(" ") { inPaths = line == "paths:"; continue }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), line.hasSuffix(":"), !line.hasPrefix("   ") {
                path = String(line.dropFirst(2).dropLast())
            } else if let path, line.hasPrefix("    "), !line.hasPrefix("     "),
                      let method = ["get", "post", "put", "patch", "delete"].first(where: { line == "    \($0):" }) {
                operations.insert("\(method.uppercased()) \(path)")
            }
        }
        return operations
    }

    @Test("docs/openapi.yaml documents exactly the JSON API, admission, health and metrics routes the server registers")
    func documentedRoutesAreServed() async throws {
        let fleet = try TestFleet()
        defer { fleet.remove() }
        let plane = try await fleet.plane()
        let table = RouteTable()
        _ = buildRouter(plane: plane, routes: table)
        let served = Set(table.all.filter { route in
            route.path.hasPrefix("/api/v1/") || route.path.hasPrefix("/admission/") || ["/healthz", "/readyz", "/metrics"].contains(route.path)
        }.map { "\($0.method) \($0.path)" })
        let documented = try Self.documented()
        #expect(documented.count >= 20)
        #expect(served.subtracting(documented).sorted() == [], "served but not in docs/openapi.yaml")
        #expect(documented.subtracting(served).sorted() == [], "in docs/openapi.yaml but not served")
    }
}
