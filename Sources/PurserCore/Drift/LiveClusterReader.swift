import Foundation
import PurserModel
import PurserRender

/// Reads from the Kubernetes API the live objects a drift report needs: for every kind Purser
/// renders, the objects of that kind in every namespace it renders into. Resource names come from
/// API discovery (`/api/v1`, `/apis/<group>/<version>`), as kubectl finds them; lists are read
/// page by page (`limit`, `continue`).
public struct LiveClusterReader: Sendable {
    public var client: KubernetesAPIClient
    public static let pageSize = 100
    /// A list that keeps answering `continue` is cut off here: a bound on time and memory.
    public static let maxPages = 2_000

    public init(client: KubernetesAPIClient) { self.client = client }

    public struct Result: Sendable {
        public var objects: [KubernetesObject]
        /// `kind (apiVersion)` of rendered kinds the cluster does not serve (e.g. no Argo Rollouts
        /// CRD): their objects are all missing in the cluster.
        public var unservedKinds: [String]
    }

    public func read(for rendered: [KubernetesObject]) async throws -> Result {
        var namespacesByType: [String: [String: Set<String>]] = [:]
        for object in rendered { namespacesByType[object.apiVersion, default: [:]][object.kind, default: []].insert(object.namespace) }
        var objects: [KubernetesObject] = []
        var unserved: [String] = []
        var totalBytes = 0
        for apiVersion in namespacesByType.keys.sorted() {
            let kinds = namespacesByType[apiVersion]!
            let base = apiVersion.contains("/") ? "/apis/\(apiVersion)" : "/api/\(apiVersion)"
            guard let discovery = try await client.get(base) else {
                unserved += kinds.keys.sorted().map { "\($0) (\(apiVersion))" }
                continue
            }
            let resources = try Self.resources(in: discovery, path: base)
            for kind in kinds.keys.sorted() {
                guard let resource = resources[kind] else { unserved.append("\(kind) (\(apiVersion))"); continue }
                let scopes = resource.namespaced ? kinds[kind]!.sorted().map { "\(base)/namespaces/\($0)/\(resource.name)" } : ["\(base)/\(resource.name)"]
                for path in scopes {
                    var token: String?
                    var pages = 0
                    repeat {
                        var query = [("limit", String(Self.pageSize))]
                        if let token { query.append(("continue", token)) }
                        guard let page = try await client.get(path, query: query) else { break }
                        totalBytes += page.count
                        if totalBytes > LiveManifestReader.maxTotalBytes {
                            throw LiveDrift.Failure(description: "the live objects exceed \(LiveManifestReader.maxTotalBytes >> 20) MiB together; compare fewer namespaces at a time", failureKind: .invalidInput)
                        }
                        let parsed = try Self.page(page, path: path, type: (apiVersion, kind))
                        objects += parsed.objects
                        token = parsed.continueToken
                        pages += 1
                        if pages >= Self.maxPages {
                            throw LiveDrift.Failure(description: "GET \(path): more than \(Self.maxPages) pages; stopped", failureKind: .internalFailure)
                        }
                    } while token != nil
                }
            }
        }
        return Result(objects: objects, unservedKinds: unserved)
    }

    /// `kind` → (resource name, namespaced) from an `APIResourceList`; subresources left out.
    static func resources(in body: Data, path: String) throws -> [String: (name: String, namespaced: Bool)] {
        guard let list = try? JSONSerialization.jsonObject(with: body) as? [String: Any], let entries = list["resources"] as? [[String: Any]] else {
            throw LiveDrift.Failure(description: "GET \(path): not an APIResourceList", failureKind: .internalFailure)
        }
        var resources: [String: (name: String, namespaced: Bool)] = [:]
        for entry in entries {
            guard let name = entry["name"] as? String, !name.contains("/"), let kind = entry["kind"] as? String else { continue }
            if resources[kind] == nil { resources[kind] = (name, entry["namespaced"] as? Bool ?? true) }
        }
        return resources
    }

    /// One page of a list: its items (typed, as the API server leaves built-in items untyped) and
    /// the token for the next page.
    static func page(_ body: Data, path: String, type: (apiVersion: String, kind: String)) throws -> (objects: [KubernetesObject], continueToken: String?) {
        let source: SourceFile
        switch SourceFile.decoding(body, path: "GET \(path)") {
        case .failure(let diagnostic): throw LiveManifestReader.InvalidLiveFile(diagnostics: [diagnostic])
        case .success(let file): source = file
        }
        let limits = YAMLLimits(maxFileBytes: KubernetesAPIClient.maxResponseBytes, maxNestingDepth: YAMLLimits.standard.maxNestingDepth,
                                maxAliasExpansionNodes: YAMLLimits.standard.maxAliasExpansionNodes)
        let documents = YAMLParser.documents(of: source, limits: limits)
        if !documents.diagnostics.isEmpty { throw LiveManifestReader.InvalidLiveFile(diagnostics: documents.diagnostics) }
        guard documents.documents.count == 1, let document = documents.documents.first,
              LiveManifestReader.scalar(document, "kind")?.hasSuffix("List") == true else {
            throw LiveDrift.Failure(description: "GET \(path): the answer is not one list", failureKind: .internalFailure)
        }
        let parsed = LiveManifestReader.objects(in: [document], itemType: type)
        if !parsed.diagnostics.isEmpty { throw LiveManifestReader.InvalidLiveFile(diagnostics: parsed.diagnostics) }
        let token = LiveManifestReader.child(document, "metadata").flatMap { LiveManifestReader.scalar($0, "continue") }
        return (parsed.objects, token?.isEmpty == false ? token : nil)
    }
}
