import Foundation
import Hummingbird
import HTTPTypes
import NIOCore

/// An error answered as JSON `{"code": "...", "message": "..."}` with an HTTP status.
public struct APIError: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    /// Stable, machine-readable: `not-found`, `bad-request`, `unauthorized`, `payload-too-large`, ...
    public var code: String
    public var message: String
    /// Sent as `Retry-After` (seconds) when set.
    public var retryAfterSeconds: Int?
    /// Sent as `Allow` with a 405: the methods the path answers.
    public var allow: [HTTPRequest.Method]?

    public init(_ status: HTTPResponse.Status, code: String, _ message: String, retryAfterSeconds: Int? = nil, allow: [HTTPRequest.Method]? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.retryAfterSeconds = retryAfterSeconds
        self.allow = allow
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = JSONBody.encode(["code": code, "message": message])
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        if let retryAfterSeconds { headers[.retryAfter] = String(retryAfterSeconds) }
        if let allow { headers[.allow] = allow.map(\.rawValue).joined(separator: ", ") }
        if status == .requestTimeout { headers[.connection] = "close" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    static func notFound(_ message: String) -> APIError { APIError(.notFound, code: "not-found", message) }
    static func badRequest(_ message: String) -> APIError { APIError(.badRequest, code: "bad-request", message) }
    static func unavailable(_ message: String) -> APIError { APIError(.serviceUnavailable, code: "not-ready", message) }
}

/// Maps every error escaping a route to a JSON error, so clients never see an HTML or empty body;
/// a path no route matches is 404, one matched only by routes of other methods is 405 with `Allow`.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError where error.status == .notFound && error.body == nil {
            let allowed = routes.methods(matching: request.uri.path)
            guard !allowed.isEmpty, !allowed.contains(request.method) else {
                throw APIError(.notFound, code: "not-found", Self.message(.notFound, request))
            }
            throw APIError(.methodNotAllowed, code: "method-not-allowed",
                           "\(request.uri.path) answers \(allowed.map(\.rawValue).joined(separator: ", ")), not \(request.method)", allow: allowed)
        } catch let error as HTTPError {
            throw APIError(error.status, code: Self.code(error.status), error.body ?? Self.message(error.status, request))
        } catch let error as HTTPResponseError {
            throw APIError(error.status, code: Self.code(error.status), Self.message(error.status, request))
        } catch {
            throw APIError(.internalServerError, code: "internal", "\(error)")
        }
    }

    static func code(_ status: HTTPResponse.Status) -> String {
        switch status {
        case .contentTooLarge: "payload-too-large"
        case .notFound: "not-found"
        case .methodNotAllowed: "method-not-allowed"
        case .unauthorized: "unauthorized"
        default: status.code >= 500 ? "internal" : "bad-request"
        }
    }

    static func message(_ status: HTTPResponse.Status, _ request: Request) -> String {
        switch status {
        case .contentTooLarge: "the request body is larger than this endpoint's limit"
        case .notFound: "no route for \(request.method) \(request.uri.path)"
        default: status.reasonPhrase
        }
    }
}
