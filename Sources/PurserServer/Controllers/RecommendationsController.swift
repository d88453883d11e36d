import Foundation
import Hummingbird
import PurserCore

/// `GET /api/v1/recommendations`: the current revision's recommendations with evidence, saving,
/// risk and their change set (its id, and whether it needs an approval). `POST
/// /api/v1/recommendations/apply` (bearer token; body `{"approver": "…", "note": "…"}`, the
/// approver needed only above the approval threshold) writes the change set back to a branch.
struct RecommendationsController<Context: RequestContext>: Sendable {
    let desk: RecommendationDesk
    let token: BearerToken

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("recommendations", use: list)
        routes.post("recommendations/apply", use: apply)
        return routes
    }

    struct Applied: Encodable {
        var branch: String
        var commit: String
        var changeSet: String
        var files: [String]
        var pullRequestURL: String?
    }

    @Sendable func list(request: Request, context: Context) async throws -> Response {
        let (proposal, _) = try await desk.proposal()
        return JSONBody.response(RecommendationListing(proposal))
    }

    struct Approval: Decodable {
        var approver: String?
        var note: String?
    }

    @Sendable func apply(request: Request, context: Context) async throws -> Response {
        try token.authorize(request)
        let body = try await BodyReader.collect(request, upTo: 64 * 1024, within: .seconds(10))
        var approval = Approval()
        if body.readableBytes > 0 {
            do { approval = try JSONDecoder().decode(Approval.self, from: Data(body.readableBytesView)) } catch {
                throw APIError(.badRequest, code: "malformed-json", "expected {\"approver\": \"…\", \"note\": \"…\"}")
            }
        }
        do {
            let (_, result) = try await desk.apply(approver: approval.approver, note: approval.note)
            return JSONBody.response(Applied(branch: result.branch, commit: result.commit, changeSet: result.changeSet.hex, files: result.files,
                                             pullRequestURL: result.pullRequestURL), status: .created)
        } catch let error as WriteBackError {
            throw APIError(Self.status(error), code: "write-back", error.message)
        }
    }

    static func status(_ error: WriteBackError) -> HTTPResponse.Status {
        switch FailureKind.of(error) {
        case .gateFailed: .forbidden            // needs approval
        case .invalidInput: .conflict           // a file changed since, a branch name taken, nothing to apply
        default: .badGateway                    // push or the pull request API failed
        }
    }
}
