import Foundation
import PurserModel
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Opens a pull request (GitHub) or merge request (GitLab) for a pushed branch through the
/// hosting's REST API, with a hard deadline per request.
///
/// GitHub: `POST {apiURL}/repos/{owner}/{repo}/pulls` with `title`, `head`, `base`, `body`, the
/// token as `Authorization: Bearer`. GitLab: `POST {apiURL}/projects/{url-encoded path or id}/merge_requests`
/// with `source_branch`, `target_branch`, `title`, `description`, the token as `PRIVATE-TOKEN`.
public struct PullRequestOpener: Sendable {
    public var settings: WriteBackSettings.PullRequestSettings
    public var token: String
    public var timeout: TimeInterval = 20

    public init(settings: WriteBackSettings.PullRequestSettings, token: String) {
        self.settings = settings
        self.token = token
    }

    /// The request that opens the pull request from `head` into `base`.
    public func request(head: String, base: String, title: String, body: String) throws -> URLRequest {
        let path: String
        let fields: [String: String]
        switch settings.provider {
        case .github:
            path = "/repos/\(settings.repository)/pulls"
            fields = ["title": title, "head": head, "base": base, "body": body]
        case .gitlab:
            let project = settings.repository.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? settings.repository
            path = "/projects/\(project)/merge_requests"
            fields = ["source_branch": head, "target_branch": base, "title": title, "description": body]
        }
        guard let url = URL(string: settings.apiURL + path) else {
            throw WriteBackError(.misconfigured, "\(settings.apiURL)\(path) is not a URL")
        }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("purser", forHTTPHeaderField: "User-Agent")
        switch settings.provider {
        case .github:
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            request.setValue("application/vnd.github+json", forHTTPHeaderField: "Accept")
            request.setValue("2022-11-28", forHTTPHeaderField: "X-GitHub-Api-Version")
        case .gitlab:
            request.setValue(token, forHTTPHeaderField: "PRIVATE-TOKEN")
            request.setValue("application/json", forHTTPHeaderField: "Accept")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        request.httpBody = try encoder.encode(fields)
        return request
    }

    /// Opens the pull request; its web address (`html_url` on GitHub, `web_url` on GitLab).
    /// - Throws: `WriteBackError` of kind `.pullRequestFailed` with the API's own message.
    public func open(head: String, base: String, title: String, body: String) async throws -> String {
        let request = try self.request(head: head, base: base, title: title, body: body)
        let what = settings.provider == .github ? "pull request" : "merge request"
        let response: HTTPURLResponse
        let data: Data
        do {
            (response, data) = try await BoundedHTTPFetch.fetch(request, timeout: timeout, limit: 1 << 20)
        } catch {
            throw WriteBackError(.pullRequestFailed, "cannot reach \(settings.apiURL) to open the \(what): \(Self.describe(error))")
        }
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        guard (200..<300).contains(response.statusCode) else {
            throw WriteBackError(.pullRequestFailed, "\(settings.apiURL) refused to open the \(what): HTTP \(response.statusCode)\(Self.apiMessage(object).map { ": \($0)" } ?? "")")
        }
        let key = settings.provider == .github ? "html_url" : "web_url"
        return object?[key] as? String ?? ""
    }

    /// The API's explanation: GitHub's `message` and `errors[].message`, GitLab's `message` or `error`.
    static func apiMessage(_ object: [String: Any]?) -> String? {
        guard let object else { return nil }
        var parts: [String] = []
        if let message = object["message"] as? String { parts.append(message) }
        if let messages = object["message"] as? [Any] { parts += messages.map { "\($0)" } }
        if let fields = object["message"] as? [String: Any] {
            parts += fields.keys.sorted().map { key in "\(key): \((fields[key] as? [Any])?.map { "\($0)" }.joined(separator: ", ") ?? "\(fields[key] ?? "")")" }
        }
        if let error = object["error"] as? String { parts.append(error) }
        if let errors = object["errors"] as? [[String: Any]] { parts += errors.compactMap { $0["message"] as? String } }
        let text = parts.joined(separator: "; ")
        return text.isEmpty ? nil : String(text.prefix(500))
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? BoundedHTTPFetch.Failure {
        case .timedOut: "no answer in time"
        case .tooLarge: "the answer was too large"
        case .transport(let urlError): urlError.localizedDescription
        default: "\(error)"
        }
    }
}
