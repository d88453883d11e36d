import Foundation

/// Everything `purser recommend` found: the recommendations, most saving first, the components
/// without one and why, and the series that were missing.
public struct RecommendationReport: Sendable, Codable {
    public var fleet: String
    public var currency: String
    public var source: String
    public var windowStart: Date
    public var windowEnd: Date
    public var recommendations: [Recommendation]
    public var skipped: [Skipped]
    public var totalMonthlySaving: Money { recommendations.reduce(Money.zero) { $0 + $1.monthlySaving } }

    public struct Skipped: Sendable, Hashable, Codable {
        public var component: String
        public var kind: Recommendation.Kind
        public var reason: String
        public init(component: String, kind: Recommendation.Kind, reason: String) {
            self.component = component
            self.kind = kind
            self.reason = reason
        }
    }

    enum CodingKeys: String, CodingKey { case fleet, currency, source, windowStart, windowEnd, recommendations, skipped, totalMonthlySaving }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fleet, forKey: .fleet)
        try c.encode(currency, forKey: .currency)
        try c.encode(source, forKey: .source)
        try c.encode(Self.iso(windowStart), forKey: .windowStart)
        try c.encode(Self.iso(windowEnd), forKey: .windowEnd)
        try c.encode(recommendations, forKey: .recommendations)
        try c.encode(skipped, forKey: .skipped)
        try c.encode(totalMonthlySaving, forKey: .totalMonthlySaving)
    }

    public init(fleet: String, currency: String, source: String, windowStart: Date, windowEnd: Date, recommendations: [Recommendation], skipped: [Skipped]) {
        self.fleet = fleet
        self.currency = currency
        self.source = source
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.recommendations = recommendations
        self.skipped = skipped
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fleet = try c.decode(String.self, forKey: .fleet)
        currency = try c.decode(String.self, forKey: .currency)
        source = try c.decode(String.self, forKey: .source)
        windowStart = ISO8601DateFormatter().date(from: try c.decode(String.self, forKey: .windowStart)) ?? Date(timeIntervalSince1970: 0)
        windowEnd = ISO8601DateFormatter().date(from: try c.decode(String.self, forKey: .windowEnd)) ?? Date(timeIntervalSince1970: 0)
        recommendations = try c.decode([Recommendation].self, forKey: .recommendations)
        skipped = try c.decode([Skipped].self, forKey: .skipped)
    }

    static func iso(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    public func json() throws -> String { try CanonicalJSON.text(self) + "\n" }

    public func text() -> String {
        var out = "Purser recommendations · \(fleet) · \(source) · \(Self.iso(windowStart)) – \(Self.iso(windowEnd))\n\n"
        if recommendations.isEmpty { out += "No recommendations.\n" }
        for r in recommendations {
            out += "\(r.component)  \(r.kind.rawValue)  saves \(r.monthlySaving.display(currency: currency))/month  risk \(r.risk.rawValue)\n"
            out += "  \(r.summary)\n"
            out += "  evidence: " + r.evidence.map { "\($0.name) \($0.value)" }.joined(separator: "; ") + "\n"
            out += "  saving: \(r.savingBasis)\n"
            if !r.riskReasons.isEmpty { out += "  risk: " + r.riskReasons.joined(separator: "; ") + "\n" }
            for change in r.changes {
                out += "  change \(change.file) \(change.path.joined(separator: ".")): \(change.current ?? "(absent)") → \(change.proposed)\n"
            }
            out += "\n"
        }
        if !skipped.isEmpty {
            out += "No recommendation\n"
            for s in skipped { out += "  \(s.component) \(s.kind.rawValue): \(s.reason)\n" }
            out += "\n"
        }
        out += "\(recommendations.count) recommendation(s), \(totalMonthlySaving.display(currency: currency))/month in total (a component's recommendations of different kinds overlap)\n"
        return out
    }
}
