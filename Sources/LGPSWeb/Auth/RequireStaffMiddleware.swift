import Hummingbird
import Logging

/// Lets only signed-in staff through. Pages send everyone else to the sign-in page; the API answers 401
/// problem+json. Each refusal is logged with the route (AC-7).
struct RequireStaffMiddleware: RouterMiddleware {
    typealias Context = StaffRequestContext
    /// Whether this guards the JSON API (401) rather than pages (redirect).
    let api: Bool

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.staff == nil else { return try await next(request, context) }
        context.logger.notice("Refused a request that was not signed in", metadata: [
            "event": "security.authentication.required", "route": "\(context.endpointPath ?? "unknown")",
            "method": "\(request.method)",
        ])
        if api { throw WebError.unauthenticated }
        return HTML.redirect(to: "/login")
    }
}
