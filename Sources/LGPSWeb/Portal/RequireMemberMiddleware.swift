import Hummingbird
import Logging

/// Lets only signed-in portal members through (AC-2: staff sessions do not reach member pages); everyone else
/// is sent to the portal's sign-in page, and the refusal is logged with the route (AC-7).
struct RequireMemberMiddleware: RouterMiddleware {
    typealias Context = StaffRequestContext

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.member == nil else { return try await next(request, context) }
        context.logger.notice("Refused a portal request that was not signed in", metadata: [
            "event": "security.authentication.required", "route": "\(context.endpointPath ?? "unknown")",
            "method": "\(request.method)",
        ])
        return HTML.redirect(to: "/portal/sign-in")
    }
}
