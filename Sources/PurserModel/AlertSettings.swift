import Foundation

/// `alerts:` in purser.yaml: where cost anomalies and budget breaches are sent, in the shape
/// Alertmanager users know: named `receivers`, and `routes` matching alert kinds to a receiver.
///
/// ```yaml
/// alerts:
///   dashboardURL: https://purser.example.com
///   receivers:
///     - name: finops
///       type: slack
///       url: https://hooks.slack.com/services/T000/B000/XXX
///     - name: am
///       type: alertmanager
///       url: http://alertmanager.monitoring:9093
///       headersFromEnv: { Authorization: ALERTMANAGER_AUTH }
///   routes:
///     - kinds: [anomaly, budget-actual]
///       receiver: finops
///     - receiver: am          # no kinds: every kind
/// ```
public struct AlertSettings: Sendable, Hashable {
    /// Purser's dashboard as people reach it; alert links start with it. nil: links are paths.
    public var dashboardURL: String?
    /// Anomalies and breaches on days older than this many days before the ledger's last day are
    /// not alerted (so a first ingest of a year of history does not page for all of it).
    public var lookbackDays: Int = 7
    /// How often the server evaluates (besides after every ingest).
    public var intervalSeconds: Int = 3600
    public var receivers: [Receiver] = []
    public var routes: [Route] = []

    public init() {}

    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case anomaly
        case budgetProjected = "budget-projected"
        case budgetActual = "budget-actual"
        /// A component's latest evaluation report misses a fairness threshold or found drift.
        case evidenceFailed = "evidence-failed"
    }

    public enum ReceiverType: String, Sendable, Hashable, CaseIterable, Codable {
        case webhook, slack, alertmanager
    }

    public struct Receiver: Sendable, Hashable {
        public var name: String
        public var type: ReceiverType
        /// The webhook URL, or the Alertmanager's base URL (alerts go to `<url>/api/v2/alerts`).
        public var url: String
        /// Header name → environment variable holding its value (secrets stay out of the repo).
        public var headersFromEnv: [String: String] = [:]

        public init(name: String, type: ReceiverType, url: String, headersFromEnv: [String: String] = [:]) {
            self.name = name
            self.type = type
            self.url = url
            self.headersFromEnv = headersFromEnv
        }
    }

    public struct Route: Sendable, Hashable {
        /// The kinds this route sends; empty: every kind.
        public var kinds: [Kind]
        public var receiver: String

        public init(kinds: [Kind] = [], receiver: String) {
            self.kinds = kinds
            self.receiver = receiver
        }
    }

    /// The receivers an alert of `kind` goes to, each once, in route order.
    public func receivers(for kind: Kind) -> [Receiver] {
        var names: [String] = []
        for route in routes where route.kinds.isEmpty || route.kinds.contains(kind) {
            if !names.contains(route.receiver) { names.append(route.receiver) }
        }
        return names.compactMap { name in receivers.first { $0.name == name } }
    }

    static func decode(_ node: YAMLNode, context: DecodingContext) -> AlertSettings {
        var settings = AlertSettings()
        guard let m = context.mapping(node, path: "alerts", known: ["dashboardURL", "lookbackDays", "intervalSeconds", "receivers", "routes"]) else { return settings }
        if let t = m.field("dashboardURL"), let v = context.string(t, path: "alerts.dashboardURL") {
            if Self.httpURL(v) { settings.dashboardURL = v } else {
                context.report(.invalidValue, at: t.location, path: "alerts.dashboardURL", "'\(v)' is not an http(s) URL")
            }
        }
        if let t = m.field("lookbackDays"), let v = context.integer(t, path: "alerts.lookbackDays") {
            if (1...366).contains(v) { settings.lookbackDays = v } else {
                context.report(.outOfRange, at: t.location, path: "alerts.lookbackDays", "lookbackDays must be between 1 and 366, got \(v)")
            }
        }
        if let t = m.field("intervalSeconds"), let v = context.integer(t, path: "alerts.intervalSeconds") {
            if (10...86_400).contains(v) { settings.intervalSeconds = v } else {
                context.report(.outOfRange, at: t.location, path: "alerts.intervalSeconds", "intervalSeconds must be between 10 and 86400, got \(v)")
            }
        }
        if let t = m.field("receivers"), let items = context.sequence(t, path: "alerts.receivers") {
            for (i, item) in items.enumerated() {
                let path = "alerts.receivers[\(i)]"
                guard let r = context.mapping(item, path: path, known: ["name", "type", "url", "headersFromEnv"]) else { continue }
                let name = r.field("name").flatMap { context.string($0, path: "\(path).name") }
                let type = r.field("type").flatMap { context.choice($0, path: "\(path).type", as: ReceiverType.self) }
                let url = r.field("url").flatMap { context.string($0, path: "\(path).url") }
                let headers = r.field("headersFromEnv").flatMap { context.stringMap($0, path: "\(path).headersFromEnv") } ?? [:]
                if r.field("name") == nil { context.report(.missingField, at: item.location, path: "\(path).name", "a receiver needs a name") }
                if r.field("type") == nil { context.report(.missingField, at: item.location, path: "\(path).type", "a receiver needs a type: webhook, slack or alertmanager") }
                if r.field("url") == nil { context.report(.missingField, at: item.location, path: "\(path).url", "a receiver needs a url") }
                if let url, let n = r.field("url"), !Self.httpURL(url) {
                    context.report(.invalidValue, at: n.location, path: "\(path).url", "'\(url)' is not an http(s) URL")
                }
                if let name, settings.receivers.contains(where: { $0.name == name }), let n = r.field("name") {
                    context.report(.duplicateName, at: n.location, path: "\(path).name", "receiver '\(name)' is defined twice")
                }
                if let name, let type, let url { settings.receivers.append(Receiver(name: name, type: type, url: url, headersFromEnv: headers)) }
            }
        }
        if let t = m.field("routes"), let items = context.sequence(t, path: "alerts.routes") {
            for (i, item) in items.enumerated() {
                let path = "alerts.routes[\(i)]"
                guard let r = context.mapping(item, path: path, known: ["kinds", "receiver"]) else { continue }
                var kinds: [Kind] = []
                if let k = r.field("kinds"), let list = context.sequence(k, path: "\(path).kinds") {
                    kinds = list.enumerated().compactMap { j, n in context.choice(n, path: "\(path).kinds[\(j)]", as: Kind.self) }
                }
                guard let n = r.field("receiver") else {
                    context.report(.missingField, at: item.location, path: "\(path).receiver", "a route needs a receiver")
                    continue
                }
                guard let receiver = context.string(n, path: "\(path).receiver") else { continue }
                let names = settings.receivers.map(\.name)
                if !names.contains(receiver) {
                    context.report(.invalidValue, at: n.location, path: "\(path).receiver", "no receiver is named '\(receiver)'",
                                   hint: DidYouMean.suggestion(for: receiver, among: names).map { "did you mean '\($0)'?" })
                }
                settings.routes.append(Route(kinds: kinds, receiver: receiver))
            }
        }
        return settings
    }

    static func httpURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), url.host != nil else { return false }
        return scheme == "http" || scheme == "https"
    }
}
