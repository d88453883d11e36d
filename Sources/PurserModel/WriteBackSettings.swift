import Foundation

/// `recommendations.writeBack:` in purser.yaml: where accepted recommendations are committed,
/// whether a pull (merge) request is opened for them, and which change sets need an approval.
///
/// ```yaml
/// recommendations:
///   writeBack:
///     baseBranch: main              # the pull request's target; default: the branch checked out
///     pullRequest:                  # optional: push the branch and open a pull request
///       provider: github            # or gitlab
///       repository: acme/ml-fleet   # GitHub owner/repo; GitLab project path or numeric id
///       remote: origin              # the git remote the branch is pushed to
///       tokenEnv: PURSER_GIT_TOKEN  # environment variable holding the API token
///       apiURL: https://github.example.com/api/v3   # default: the provider's public API
///     approval:                     # a change set above either threshold needs an approval
///       monthlySavingAbove: 1000
///       riskAbove: low
/// ```
public struct WriteBackSettings: Sendable, Hashable {
    /// The branch pull requests target; nil: the branch the fleet repo has checked out.
    public var baseBranch: String?
    public var pullRequest: PullRequestSettings?
    public var approval = ApprovalThreshold()

    public init(baseBranch: String? = nil, pullRequest: PullRequestSettings? = nil, approval: ApprovalThreshold = ApprovalThreshold()) {
        self.baseBranch = baseBranch
        self.pullRequest = pullRequest
        self.approval = approval
    }

    public enum Provider: String, Sendable, Hashable, CaseIterable {
        case github, gitlab

        public var defaultAPIURL: String {
            switch self {
            case .github: "https://api.github.com"
            case .gitlab: "https://gitlab.com/api/v4"
            }
        }
    }

    public struct PullRequestSettings: Sendable, Hashable {
        public var provider: Provider
        /// GitHub: `owner/repo`. GitLab: the project's path (`group/subgroup/project`) or numeric id.
        public var repository: String
        public var remote: String
        /// The environment variable holding the API token; the token itself never sits in the repo.
        public var tokenEnv: String
        /// The API's base URL without a trailing slash (GitHub Enterprise: `https://host/api/v3`).
        public var apiURL: String

        public init(provider: Provider, repository: String, remote: String = "origin", tokenEnv: String, apiURL: String? = nil) {
            self.provider = provider
            self.repository = repository
            self.remote = remote
            self.tokenEnv = tokenEnv
            self.apiURL = String((apiURL ?? provider.defaultAPIURL).reversed().drop { $0 == "/" }.reversed())
        }
    }

    /// Change sets above either threshold are applied only once approved; nil thresholds never trigger.
    public struct ApprovalThreshold: Sendable, Hashable {
        /// A change set saving more than this per month (in the catalog's currency) needs approval.
        public var monthlySavingAbove: Decimal?
        /// A change set of a risk above this needs approval.
        public var riskAbove: ChangeRisk?

        public init(monthlySavingAbove: Decimal? = nil, riskAbove: ChangeRisk? = nil) {
            self.monthlySavingAbove = monthlySavingAbove
            self.riskAbove = riskAbove
        }
    }

    /// How likely a change set is to hurt the service it changes.
    public enum ChangeRisk: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
        case low, medium, high

        public static func < (lhs: ChangeRisk, rhs: ChangeRisk) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }
}

extension WriteBackSettings {
    /// Reads `writeBack` from the `recommendations:` mapping; the section's other keys belong to
    /// the recommendation settings and are not checked here.
    static func decode(recommendations node: YAMLNode, context: DecodingContext) -> WriteBackSettings {
        var settings = WriteBackSettings()
        guard case .mapping(let pairs, _) = node,
              let node = pairs.first(where: { $0.key.text == "writeBack" })?.value else { return settings }
        let path = "recommendations.writeBack"
        guard let m = context.mapping(node, path: path, known: ["baseBranch", "pullRequest", "approval"]) else { return settings }
        if let t = m.field("baseBranch"), let v = context.string(t, path: "\(path).baseBranch") {
            if Self.isBranchName(v) { settings.baseBranch = v } else {
                context.report(.invalidValue, at: t.location, path: "\(path).baseBranch", "'\(Lexical.excerpt(v))' is not a branch name")
            }
        }
        if let n = m.field("pullRequest") { settings.pullRequest = decodePullRequest(n, path: "\(path).pullRequest", context: context) }
        if let n = m.field("approval"), let a = context.mapping(n, path: "\(path).approval", known: ["monthlySavingAbove", "riskAbove"]) {
            if let t = a.field("monthlySavingAbove"), let v = context.decimal(t, path: "\(path).approval.monthlySavingAbove") {
                if v >= 0 { settings.approval.monthlySavingAbove = v } else {
                    context.report(.outOfRange, at: t.location, path: "\(path).approval.monthlySavingAbove", "monthlySavingAbove must not be negative")
                }
            }
            if let t = a.field("riskAbove"), let v = context.choice(t, path: "\(path).approval.riskAbove", as: ChangeRisk.self) {
                settings.approval.riskAbove = v
            }
        }
        return settings
    }

    private static func decodePullRequest(_ node: YAMLNode, path: String, context: DecodingContext) -> PullRequestSettings? {
        guard let p = context.mapping(node, path: path, known: ["provider", "repository", "remote", "tokenEnv", "apiURL"]) else { return nil }
        let provider = p.field("provider", required: true).flatMap { context.choice($0, path: "\(path).provider", as: Provider.self) }
        let repository = p.field("repository", required: true).flatMap { context.string($0, path: "\(path).repository") }
        let tokenEnv = p.field("tokenEnv", required: true).flatMap { context.string($0, path: "\(path).tokenEnv") }
        let remote = p.field("remote").flatMap { context.string($0, path: "\(path).remote") } ?? "origin"
        let apiURL = p.field("apiURL").flatMap { context.string($0, path: "\(path).apiURL") }
        var valid = true
        if let repository, let n = p.field("repository"), !isRepository(repository) {
            context.report(.invalidValue, at: n.location, path: "\(path).repository", "'\(Lexical.excerpt(repository))' is not a repository such as owner/name or a GitLab project id")
            valid = false
        }
        if let tokenEnv, let n = p.field("tokenEnv"), !isEnvironmentName(tokenEnv) {
            context.report(.invalidValue, at: n.location, path: "\(path).tokenEnv", "'\(Lexical.excerpt(tokenEnv))' is not an environment variable name; name the variable, never the token itself")
            valid = false
        }
        if let n = p.field("remote"), remote.isEmpty || remote.hasPrefix("-") || remote.contains(where: \.isWhitespace) {
            context.report(.invalidValue, at: n.location, path: "\(path).remote", "'\(Lexical.excerpt(remote))' is not a git remote name")
            valid = false
        }
        if let apiURL, let n = p.field("apiURL"), !AlertSettings.httpURL(apiURL) {
            context.report(.invalidValue, at: n.location, path: "\(path).apiURL", "'\(Lexical.excerpt(apiURL))' is not an http(s) URL")
            valid = false
        }
        guard valid, let provider, let repository, let tokenEnv else { return nil }
        return PullRequestSettings(provider: provider, repository: repository, remote: remote, tokenEnv: tokenEnv, apiURL: apiURL)
    }

    static func isBranchName(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasPrefix("/") && !text.hasSuffix("/") && !text.hasSuffix(".lock")
            && !text.contains("..") && !text.contains("//") && !text.contains("@{")
            && !text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || "~^:?*[\\".unicodeScalars.contains($0) }
    }

    static func isRepository(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0) }
    }

    static func isEnvironmentName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
