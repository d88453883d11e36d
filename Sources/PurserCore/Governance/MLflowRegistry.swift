import Foundation
import PurserModel
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A read-only client of an MLflow tracking server's model registry (REST API 2.0): registered
/// models, model versions, aliases, version search and runs. Every request has a deadline and a
/// bounded answer; every failure is an `MLflowRegistryError`.
public struct MLflowRegistry: Sendable {
    /// The tracking server, e.g. `https://mlflow.example.com` (a path prefix is kept).
    public let url: URL
    /// Seconds each request may take, connection included.
    public let timeout: TimeInterval
    /// The largest answer read; a larger one is an error.
    public var maximumResponseBytes = 8 * 1_048_576
    /// The most versions a semantic-version lookup searches through.
    public var maximumSearchedVersions = 10_000
    /// Versions asked for per search page.
    public var searchPageSize = 1_000
    private let token: String?

    /// `token`, when given and not empty, is sent as `Authorization: Bearer <token>`.
    public init(url: URL, token: String?, timeout: TimeInterval = 10) {
        self.url = url
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.timeout = timeout
    }

    // MARK: endpoints

    /// `GET registered-models/get`.
    public func registeredModel(named name: String) async throws -> MLflowRegisteredModel {
        let body = try await get(MLflowWire.RegisteredModelResponse.self, "registered-models/get", ["name": name])
        let aliases = (body.registeredModel.aliases ?? []).map { ($0.alias, $0.version) }
        return MLflowRegisteredModel(name: body.registeredModel.name ?? name, aliases: Dictionary(aliases, uniquingKeysWith: { _, last in last }))
    }

    /// `GET model-versions/get`.
    public func modelVersion(name: String, version: String) async throws -> MLflowModelVersion {
        try await get(MLflowWire.ModelVersionResponse.self, "model-versions/get", ["name": name, "version": version]).modelVersion.value(model: name)
    }

    /// `GET registered-models/alias`: the version an alias points at.
    public func modelVersion(name: String, alias: String) async throws -> MLflowModelVersion {
        try await get(MLflowWire.ModelVersionResponse.self, "registered-models/alias", ["name": name, "alias": alias]).modelVersion.value(model: name)
    }

    /// `GET model-versions/search` with `filter=name='…'`, every page up to
    /// `maximumSearchedVersions` (more is `MLflowRegistryError.tooManyVersions`).
    public func modelVersions(name: String) async throws -> [MLflowModelVersion] {
        let quote: Character
        if !name.contains("'") { quote = "'" } else if !name.contains("\"") { quote = "\"" } else { throw MLflowRegistryError.unsearchableModelName(name) }
        var versions: [MLflowModelVersion] = []
        var token: String?
        repeat {
            var query = ["filter": "name=\(quote)\(name)\(quote)", "max_results": String(max(1, min(searchPageSize, maximumSearchedVersions)))]
            if let token { query["page_token"] = token }
            let page = try await get(MLflowWire.SearchResponse.self, "model-versions/search", query)
            versions += (page.modelVersions ?? []).map { $0.value(model: name) }
            token = page.nextPageToken.flatMap { $0.isEmpty ? nil : $0 }
            if versions.count > maximumSearchedVersions || (token != nil && versions.count >= maximumSearchedVersions) {
                throw MLflowRegistryError.tooManyVersions(model: name, limit: maximumSearchedVersions)
            }
        } while token != nil
        return versions
    }

    /// `GET runs/get`: the run's latest metric values.
    public func run(id: String) async throws -> MLflowRun {
        let run = try await get(MLflowWire.RunResponse.self, "runs/get", ["run_id": id]).run
        var metrics: [String: Double] = [:]
        for metric in run.data?.metrics ?? [] {
            if let value = metric.value?.value { metrics[metric.key] = value }
        }
        return MLflowRun(id: run.info.runId ?? run.info.runUuid ?? id, metrics: metrics)
    }

    // MARK: resolution

    /// The model version a component names: `@alias` through the alias, a number as that version,
    /// a semantic version as the one version whose `version` tag equals it. A missing registered
    /// model, version or alias is `.notFound`; anything else that fails throws.
    public func resolve(model name: String, version reference: MLflowVersionReference) async throws -> MLflowResolution {
        let registered: MLflowRegisteredModel
        do { registered = try await registeredModel(named: name) } catch let error as MLflowRegistryError where error.isNotFound {
            return .notFound(reason: "registered model \(name) does not exist")
        }
        switch reference {
        case .alias(let alias):
            guard registered.aliases[alias] != nil else {
                let known = registered.aliases.keys.sorted().map { "@" + $0 }
                return .notFound(reason: "registered model \(name) has no alias @\(alias)" + (known.isEmpty ? " (it has no aliases)" : " (aliases: \(known.joined(separator: ", ")))"))
            }
            do { return .found(try await modelVersion(name: name, alias: alias)) } catch let error as MLflowRegistryError where error.isNotFound {
                return .notFound(reason: "registered model \(name) has no alias @\(alias)")
            }
        case .number(let number):
            do { return .found(try await modelVersion(name: name, version: String(number))) } catch let error as MLflowRegistryError where error.isNotFound {
                return .notFound(reason: "registered model \(name) has no version \(number)")
            }
        case .semantic(let semantic):
            let matches = try await modelVersions(name: name).filter { $0.tags[MLflowModelVersion.versionTag] == semantic }
                .sorted { (Int64($0.version) ?? .max, $0.version) < (Int64($1.version) ?? .max, $1.version) }
            switch matches.count {
            case 0: return .notFound(reason: "no version of registered model \(name) has the tag \(MLflowModelVersion.versionTag)=\(semantic)")
            case 1: return .found(matches[0])
            default: return .ambiguous(matches)
            }
        }
    }

    // MARK: HTTP

    /// The endpoint's URL: `<url>/api/2.0/mlflow/<endpoint>?<query>`, each value percent-encoded
    /// (so `+`, `&`, `'` and spaces in names arrive as written).
    func endpointURL(_ endpoint: String, _ query: [String: String]) -> URL {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false) ?? URLComponents()
        let base = components.percentEncodedPath.hasSuffix("/") ? String(components.percentEncodedPath.dropLast()) : components.percentEncodedPath
        components.percentEncodedPath = base + "/api/2.0/mlflow/" + endpoint
        var unreserved = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        unreserved.insert(charactersIn: "-._~")
        components.percentEncodedQuery = query.isEmpty ? nil : query.sorted { $0.key < $1.key }.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "")"
        }.joined(separator: "&")
        return components.url ?? url
    }

    private func get<Body: Decodable>(_ type: Body.Type, _ endpoint: String, _ query: [String: String]) async throws -> Body {
        let target = endpointURL(endpoint, query)
        // Errors name the endpoint without its query: enough to act on, and short.
        let shown = endpointURL(endpoint, [:]).absoluteString
        var request = URLRequest(url: target)
        request.httpMethod = "GET"
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }

        let response: HTTPURLResponse, data: Data
        do {
            (response, data) = try await BoundedHTTPFetch.fetch(request, timeout: timeout, limit: maximumResponseBytes)
        } catch let failure as BoundedHTTPFetch.Failure {
            switch failure {
            case .timedOut: throw MLflowRegistryError.timedOut(url: shown, seconds: timeout)
            case .tooLarge: throw MLflowRegistryError.responseTooLarge(url: shown, limit: maximumResponseBytes)
            case .cancelled: throw CancellationError()
            case .transport(let error): throw MLflowRegistryError.unreachable(url: shown, reason: Self.describe(error))
            case .other(let error): throw MLflowRegistryError.unreachable(url: shown, reason: "\(error)")
            }
        }

        guard (200..<300).contains(response.statusCode) else {
            let body = try? MLflowWire.decoder().decode(MLflowWire.ErrorBody.self, from: data)
            let message = body?.message ?? Lexical.excerpt(String(decoding: data.prefix(400), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: " "))
            throw MLflowRegistryError.http(url: shown, status: response.statusCode, errorCode: body?.errorCode, message: message)
        }
        do {
            return try MLflowWire.decoder().decode(Body.self, from: data)
        } catch {
            let reason = data.isEmpty ? "empty body" : EvaluationReport.describe(error)
            throw MLflowRegistryError.malformedResponse(url: shown, reason: reason)
        }
    }

    static func describe(_ error: URLError) -> String {
        switch error.code {
        case .cannotConnectToHost: "connection refused"
        case .cannotFindHost, .dnsLookupFailed: "unknown host"
        case .networkConnectionLost: "connection lost"
        case .notConnectedToInternet: "no network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
             .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            "TLS failure (\(error.localizedDescription))"
        default: error.localizedDescription
        }
    }
}
