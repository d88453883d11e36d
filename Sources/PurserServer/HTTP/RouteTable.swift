import Hummingbird
import Synchronization

/// The methods each route path answers, recorded as the routes are added, so that a known path
/// asked with another method gets 405 and `Allow` (RFC 9110) instead of 404.
final class RouteTable: Sendable {
    private let routes = Mutex<[(path: RouterPath, method: HTTPRequest.Method)]>([])

    func record(_ path: RouterPath, _ method: HTTPRequest.Method) {
        routes.withLock { $0.append((path, method)) }
    }

    /// Every route as its pattern (`/api/v1/components/{namespace}/{name}`) and method.
    var all: [(path: String, method: String)] {
        routes.withLock { $0.map { ($0.path.description, $0.method.rawValue) } }
    }

    /// The methods of the routes whose pattern matches `path`, sorted; empty for an unknown path.
    func methods(matching path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        let matching = routes.withLock { routes in routes.filter { Self.matches($0.path, segments) }.map(\.method) }
        return Set(matching.map(\.rawValue)).sorted().compactMap { HTTPRequest.Method($0) }
    }

    private static func matches(_ pattern: RouterPath, _ segments: [Substring]) -> Bool {
        let elements = Array(pattern)
        guard elements.count == segments.count else { return false }
        return zip(elements, segments).allSatisfy { element, segment in element ~= segment }
    }
}

/// Adds routes to a router and records each in a `RouteTable`.
struct RecordingRouter<Context: RequestContext>: RouterMethods {
    let router: Router<Context>
    let table: RouteTable

    @discardableResult func on<Responder: HTTPResponder>(_ path: RouterPath, method: HTTPRequest.Method,
                                                         responder: Responder) -> Self where Responder.Context == Context {
        table.record(path, method)
        router.on(path, method: method, responder: responder)
        return self
    }

    @discardableResult func add(middleware: any MiddlewareProtocol<Request, Response, Context>) -> Self {
        router.add(middleware: middleware)
        return self
    }
}
