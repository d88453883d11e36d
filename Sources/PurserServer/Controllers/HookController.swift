import Foundation
import Hummingbird

/// `POST /api/v1/hooks/git`: a push webhook (any body) that re-plans the watched revision now
/// (on a replica that does not lead: takes up the leader's newest plan). Requires the bearer
/// token; answers with the outcome.
struct HookController<Context: RequestContext>: Sendable {
    let plane: ControlPlane
    let token: BearerToken
    var state: ServerState { plane.state }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post("hooks/git", use: push)
        return routes
    }

    struct Result: Encodable {
        var outcome: String
        var revision: String?
        var message: String?
    }

    @Sendable func push(request: Request, context: Context) async throws -> Response {
        try token.authorize(request)
        _ = try await BodyReader.collect(request, upTo: 1024 * 1024, within: .seconds(10))
        switch await plane.replan(trigger: "hook") {
        case .unchanged:
            return JSONBody.response(Result(outcome: "unchanged", revision: state.snapshot?.revision, message: nil))
        case .planned(let revision):
            return JSONBody.response(Result(outcome: "planned", revision: revision, message: nil))
        case .failed(let message):
            return JSONBody.response(Result(outcome: "failed", revision: state.snapshot?.revision, message: message), status: .unprocessableContent)
        }
    }
}
