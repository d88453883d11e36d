import Foundation
import PurserModel
import PurserRender

/// Compares a rendered object with the live one, field by field. Lists whose items all have a
/// `name` are matched by name; other lists by position. Scalars that read as Kubernetes quantities
/// compare by value (`1000m` == `1`, `1Gi` == `1073741824`).
enum ManifestComparison {
    static func differences(rendered: ManifestValue, live: ManifestValue) -> [FieldDrift] {
        var drifts: [FieldDrift] = []
        compare(rendered, ServerPopulatedFields.stripped(live), path: "", pattern: "", into: &drifts)
        return drifts
    }

    static func compare(_ rendered: ManifestValue, _ live: ManifestValue, path: String, pattern: String, into drifts: inout [FieldDrift]) {
        switch (rendered, live) {
        case let (.map(expected), .map(actual)):
            let actualByKey = Dictionary(actual, uniquingKeysWith: { first, _ in first })
            let expectedKeys = Set(expected.map(\.0))
            for (key, value) in expected {
                let childPath = join(path, key), childPattern = join(pattern, key)
                if let liveValue = actualByKey[key] {
                    compare(value, liveValue, path: childPath, pattern: childPattern, into: &drifts)
                } else {
                    drifts.append(FieldDrift(change: .removed, path: childPath, rendered: value, live: nil))
                }
            }
            for (key, value) in actual where !expectedKeys.contains(key) {
                let childPattern = join(pattern, key)
                if !ServerPopulatedFields.isDefault(childPattern, value) {
                    drifts.append(FieldDrift(change: .added, path: join(path, key), rendered: nil, live: value))
                }
            }
        case let (.list(expected), .list(actual)):
            let itemPattern = pattern + "[]"
            if let expectedNames = names(expected), let actualNames = names(actual) {
                let actualByName = Dictionary(zip(actualNames, actual), uniquingKeysWith: { first, _ in first })
                for (name, value) in zip(expectedNames, expected) {
                    let itemPath = "\(path)[\(name)]"
                    if let liveValue = actualByName[name] {
                        compare(value, liveValue, path: itemPath, pattern: itemPattern, into: &drifts)
                    } else {
                        drifts.append(FieldDrift(change: .removed, path: itemPath, rendered: value, live: nil))
                    }
                }
                let expectedSet = Set(expectedNames)
                for (name, value) in zip(actualNames, actual) where !expectedSet.contains(name) {
                    drifts.append(FieldDrift(change: .added, path: "\(path)[\(name)]", rendered: nil, live: value))
                }
            } else if expected.count == actual.count {
                for (index, (value, liveValue)) in zip(expected, actual).enumerated() {
                    compare(value, liveValue, path: "\(path)[\(index)]", pattern: itemPattern, into: &drifts)
                }
            } else {
                drifts.append(FieldDrift(change: .changed, path: path, rendered: rendered, live: live))
            }
        case (.map, _), (_, .map), (.list, _), (_, .list):
            drifts.append(FieldDrift(change: .changed, path: path, rendered: rendered, live: live))
        default:
            if !scalarsEqual(rendered, live) {
                drifts.append(FieldDrift(change: .changed, path: path, rendered: rendered, live: live))
            }
        }
    }

    /// The `name` of every item, when every item is a map with a distinct string `name`.
    static func names(_ items: [ManifestValue]) -> [String]? {
        guard !items.isEmpty else { return nil }
        let names = items.compactMap { item -> String? in
            guard case .map = item, let name = item["name"] else { return nil }
            return scalarText(name)
        }
        return names.count == items.count && Set(names).count == names.count ? names : nil
    }

    static func scalarsEqual(_ a: ManifestValue, _ b: ManifestValue) -> Bool {
        let left = scalarText(a), right = scalarText(b)
        if left == right { return true }
        if let x = Quantity(left), let y = Quantity(right) { return x.value == y.value }
        return false
    }

    /// A scalar as YAML writes it unquoted: `600`, `true`, `25%`.
    static func scalarText(_ value: ManifestValue) -> String {
        switch value {
        case .string(let s): s
        case .int(let i): String(i)
        case .double(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .bool(let b): b ? "true" : "false"
        case .list, .map: flowText(value)
        }
    }

    /// A value on one line, JSON-like, for reports.
    static func flowText(_ value: ManifestValue) -> String {
        switch value {
        case .string(let s): JSONText.string(s)
        case .int, .double, .bool: scalarText(value)
        case .list(let items): "[" + items.map(flowText).joined(separator: ", ") + "]"
        case .map(let pairs): "{" + pairs.map { "\(JSONText.string($0.0)): \(flowText($0.1))" }.joined(separator: ", ") + "}"
        }
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
}
