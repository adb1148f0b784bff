import Hummingbird
import Logging

/// Refuses any state-changing request whose form does not carry the session's anti-CSRF token (SESS-9), and
/// leaves the parsed form in the context for the handler. Also refuses form bodies of other content types.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = StaffRequestContext
    /// Name of the hidden form field that carries the token.
    static let fieldName = "csrfToken"

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .post || request.method == .put || request.method == .patch
            || request.method == .delete else { return try await next(request, context) }
        var request = request
        var context = context
        let contentType = request.headers[.contentType] ?? ""
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        let form = contentType.lowercased().hasPrefix("application/x-www-form-urlencoded")
            ? FormFields(urlEncoded: String(buffer: body)) : FormFields()
        guard let expected = context.sessions.session?.csrfToken,
              SecureToken.equal(form[Self.fieldName], expected) else {
            context.logger.warning("Refused a form without a valid CSRF token", metadata: [
                "event": "security.csrf.refused", "route": "\(context.endpointPath ?? "unknown")",
            ])
            throw WebError.csrfRefused
        }
        context.form = form
        return try await next(request, context)
    }
}
