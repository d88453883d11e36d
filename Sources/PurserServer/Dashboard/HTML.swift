import Foundation
import PurserCore
import HTTPTypes
import Hummingbird

/// Tiny HTML helpers: escaping and the page shell. Every value from a repo, a ledger or a
/// request goes through `escape` (or `HTML.text`) before it reaches the page.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Escapes for use inside a URL query value or path segment, then for HTML.
    static func url(_ text: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#&=+")
        return escape(text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text)
    }

    /// A link to a component page.
    static func componentLink(_ id: String) -> String {
        "<a href=\"/components/\(url(id))\">\(escape(id))</a>"
    }

    static func badge(_ verdict: String) -> String {
        let label = switch verdict {
        case "pass": "✓ pass"
        case "warn": "! warn"
        case "deny", "fail": "✗ \(verdict)"
        case "invalid": "✗ invalid"
        default: verdict
        }
        return "<span class=\"badge badge-\(escape(verdict))\">\(escape(label))</span>"
    }

    static func page(title: String, active: String, banner: String = "", body: String) -> Response {
        let nav = [("overview", "/", "Overview"), ("costs", "/costs", "Costs"), ("policies", "/policies", "Policies"), ("recommendations", "/recommendations", "Recommendations"), ("audit", "/audit", "Audit log")]
            .map { key, href, label in
                "<li><a href=\"\(href)\"\(key == active ? " aria-current=\"page\"" : "")>\(label)</a></li>"
            }.joined()
        let html = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) · Purser</title>
            <style>\(Stylesheet.css)</style>
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header><nav aria-label="Main"><span class="brand">Purser</span><ul>\(nav)</ul></nav></header>
            \(banner)
            <main id="main">
            \(body)
            </main>
            <footer><p>Purser control plane · <a href="/api/v1/plan">plan JSON</a> · <a href="/metrics">metrics</a></p></footer>
            </body>
            </html>
            """
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'"
        headers[.xContentTypeOptions] = "nosniff"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The banner shown on every page when the newest revision could not be planned.
    static func failureBanner(_ failure: PlanFailure?, serving revision: String?) -> String {
        guard let failure else { return "" }
        let serving = revision.map { "Still serving the last good plan (\(escape(String($0.prefix(12)))))." } ?? "No plan has succeeded yet."
        return "<div class=\"banner\" role=\"alert\"><strong>The latest revision could not be planned.</strong> \(serving)<br><code>\(escape(failure.message))</code></div>"
    }

    static func money(_ amount: Money) -> String { "$" + amount.description }
}

extension HTTPField.Name {
    static var contentSecurityPolicy: Self { .init("Content-Security-Policy")! }
    static var xContentTypeOptions: Self { .init("X-Content-Type-Options")! }
}
