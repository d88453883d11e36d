import Foundation
import PurserModel
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A read-only client of Prometheus' HTTP API: `GET /api/v1/query_range`. Every request has a
/// deadline and a bounded answer (`BoundedHTTPFetch`); every failure is a `PrometheusError`.
public struct PrometheusClient: Sendable {
    /// The server, e.g. `http://prometheus.monitoring.svc:9090` (a path prefix is kept).
    public let url: URL
    /// Seconds each request may take, connection included.
    public var timeout: TimeInterval
    /// The largest answer read; a larger one is an error.
    public var maximumResponseBytes = 8 * 1_048_576

    public init(url: URL, timeout: TimeInterval = 10) {
        self.url = url
        self.timeout = timeout
    }

    /// The range vector of `query` evaluated from `start` to `end` every `step` seconds.
    public func queryRange(_ query: String, start: Date, end: Date, step: TimeInterval) async throws -> [PrometheusSeries] {
        let parameters = ["query": query, "start": Self.number(start.timeIntervalSince1970),
                          "end": Self.number(end.timeIntervalSince1970), "step": Self.number(step)]
        let shown = endpointURL("query_range", [:]).absoluteString
        var request = URLRequest(url: endpointURL("query_range", parameters))
        request.httpMethod = "GET"
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let response: HTTPURLResponse, data: Data
        do {
            (response, data) = try await BoundedHTTPFetch.fetch(request, timeout: timeout, limit: maximumResponseBytes)
        } catch let failure as BoundedHTTPFetch.Failure {
            switch failure {
            case .timedOut: throw PrometheusError.timedOut(url: shown, seconds: timeout)
            case .tooLarge: throw PrometheusError.responseTooLarge(url: shown, limit: maximumResponseBytes)
            case .cancelled: throw CancellationError()
            case .transport(let error): throw PrometheusError.unreachable(url: shown, reason: MLflowRegistry.describe(error))
            case .other(let error): throw PrometheusError.unreachable(url: shown, reason: "\(error)")
            }
        }
        return try Self.matrix(status: response.statusCode, body: data, url: shown)
    }

    /// `<url>/api/v1/<endpoint>?<query>`, each value percent-encoded (a `+` in PromQL stays a plus).
    func endpointURL(_ endpoint: String, _ query: [String: String]) -> URL {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false) ?? URLComponents()
        let base = components.percentEncodedPath.hasSuffix("/") ? String(components.percentEncodedPath.dropLast()) : components.percentEncodedPath
        components.percentEncodedPath = base + "/api/v1/" + endpoint
        var unreserved = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        unreserved.insert(charactersIn: "-._~")
        components.percentEncodedQuery = query.isEmpty ? nil : query.sorted { $0.key < $1.key }.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "")"
        }.joined(separator: "&")
        return components.url ?? url
    }

    /// Reads an answer of the HTTP API: `{"status": "success", "data": {"resultType": "matrix",
    /// "result": [{"metric": {...}, "values": [[<unix time>, "<value>"], ...]}]}}`, or
    /// `{"status": "error", "errorType": ..., "error": ...}` (with a 4xx/5xx status, or any status).
    static func matrix(status: Int, body: Data, url: String) throws -> [PrometheusSeries] {
        let object = try? JSONSerialization.jsonObject(with: body)
        let root = object as? [String: Any]
        let errorType = root?["errorType"] as? String
        let message = root?["error"] as? String
        guard (200..<300).contains(status) else {
            let text = message ?? Lexical.excerpt(String(decoding: body.prefix(400), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: " "))
            throw PrometheusError.http(url: url, status: status, errorType: errorType, message: text)
        }
        guard let root else {
            throw PrometheusError.malformedResponse(url: url, reason: body.isEmpty ? "empty body" : "not a JSON object")
        }
        guard let state = root["status"] as? String else { throw PrometheusError.malformedResponse(url: url, reason: "no status") }
        guard state == "success" else {
            throw PrometheusError.queryFailed(url: url, errorType: errorType, message: message ?? "status \(state)")
        }
        guard let data = root["data"] as? [String: Any], let type = data["resultType"] as? String else {
            throw PrometheusError.malformedResponse(url: url, reason: "no data.resultType")
        }
        guard type == "matrix" else { throw PrometheusError.malformedResponse(url: url, reason: "resultType is \(type), expected matrix") }
        guard let result = data["result"] as? [Any] else { throw PrometheusError.malformedResponse(url: url, reason: "data.result is not a list") }
        return try result.enumerated().map { index, item in
            guard let entry = item as? [String: Any], let pairs = entry["values"] as? [Any] else {
                throw PrometheusError.malformedResponse(url: url, reason: "data.result[\(index)] has no values")
            }
            var labels: [String: String] = [:]
            for (key, value) in entry["metric"] as? [String: Any] ?? [:] { labels[key] = value as? String ?? "\(value)" }
            var timestamps: [Double] = [], values: [Double] = []
            for (position, pair) in pairs.enumerated() {
                guard let pair = pair as? [Any], pair.count == 2, let time = (pair[0] as? NSNumber)?.doubleValue,
                      let text = pair[1] as? String, let value = sampleValue(text) else {
                    throw PrometheusError.malformedResponse(url: url, reason: "data.result[\(index)].values[\(position)] is not [<time>, \"<number>\"]")
                }
                timestamps.append(time)
                values.append(value)
            }
            return PrometheusSeries(labels: labels, timestamps: timestamps, values: values)
        }
    }

    /// A sample value as Prometheus writes it: a decimal or `NaN`, `+Inf`, `-Inf`.
    static func sampleValue(_ text: String) -> Double? {
        switch text {
        case "NaN": return .nan
        case "+Inf", "Inf": return .infinity
        case "-Inf": return -.infinity
        default:
            guard let value = Double(text), value.isFinite else { return nil }
            return value
        }
    }

    /// Seconds as Prometheus reads them (a decimal, at most millisecond precision).
    static func number(_ seconds: Double) -> String {
        let millis = (seconds * 1000).rounded()
        return millis.truncatingRemainder(dividingBy: 1000) == 0 ? String(Int64(millis / 1000)) : String(format: "%.3f", millis / 1000)
    }
}
