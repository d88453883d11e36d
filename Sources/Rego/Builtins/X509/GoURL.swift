import Foundation

/// A URI from a certificate as Go's `*url.URL` marshals to JSON (the struct's exported fields).
enum GoURL {
    static func value(_ text: String) -> RegoValue {
        var rest = Substring(text)
        var scheme = "", opaque = "", host = "", path = "", rawQuery = "", fragment = ""
        var forceQuery = false
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let colon = rest.firstIndex(of: ":"), rest[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }),
           rest.first?.isLetter == true {
            scheme = rest[..<colon].lowercased()
            rest = rest[rest.index(after: colon)...]
        }
        if let question = rest.firstIndex(of: "?") {
            rawQuery = String(rest[rest.index(after: question)...])
            forceQuery = rawQuery.isEmpty
            rest = rest[..<question]
        }
        if rest.hasPrefix("//") {
            let authority = rest.dropFirst(2)
            let slash = authority.firstIndex(of: "/") ?? authority.endIndex
            host = String(authority[..<slash])
            path = String(authority[slash...])
        } else if !scheme.isEmpty, !rest.hasPrefix("/") {
            opaque = String(rest)
        } else {
            path = String(rest)
        }
        let decodedPath = path.removingPercentEncoding ?? path
        return .object([
            .string("Scheme"): .string(scheme), .string("Opaque"): .string(opaque), .string("User"): .null,
            .string("Host"): .string(host), .string("Path"): .string(decodedPath),
            .string("RawPath"): .string(decodedPath == path ? "" : path), .string("OmitHost"): .bool(false),
            .string("ForceQuery"): .bool(forceQuery), .string("RawQuery"): .string(rawQuery),
            .string("Fragment"): .string(fragment.removingPercentEncoding ?? fragment), .string("RawFragment"): .string(""),
        ])
    }
}
