import Hummingbird
import LGPSRules
import Logging

/// Refuses any state-changing request whose form does not carry the session's anti-CSRF token (SESS-9), and
/// leaves the parsed form in the context for the handler. Also refuses form bodies of other content types.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = StaffRequestContext
    /// Name of the hidden form field that carries the token.
    static let fieldName = "csrfToken"
    /// The routes that accept `multipart/form-data` (a file upload), as the router writes them: the member's
    /// document form, and staff adding a P60 or payslip to a record.
    static let uploadRoutes = ["/portal/documents/new", "/records/{id}/payroll/new"]

    /// Whether `path` is one of `uploadRoutes`, a `{parameter}` component matching a numeric id.
    static func takesUpload(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return uploadRoutes.contains { route in
            let pattern = route.split(separator: "/", omittingEmptySubsequences: false)
            return pattern.count == parts.count && zip(pattern, parts).allSatisfy { expected, actual in
                expected.hasPrefix("{") ? Int64(actual) != nil : expected == actual
            }
        }
    }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .post || request.method == .put || request.method == .patch
            || request.method == .delete else { return try await next(request, context) }
        var request = request
        var context = context
        let contentType = request.headers[.contentType] ?? ""
        // Upload routes alone take multipart bodies, up to one file's limit, enforced while streaming (FILE-2).
        let boundary = Self.takesUpload(request.uri.path) ? MultipartForm.boundary(contentType: contentType) : nil
        let body = try await request.collectBody(upTo: boundary == nil ? context.maxUploadSize
                                                                        : UploadPolicy().maximumRequestBytes)
        var form = contentType.lowercased().hasPrefix("application/x-www-form-urlencoded")
            ? FormFields(urlEncoded: String(buffer: body)) : FormFields()
        if let boundary {
            context.upload = try Self.multipart(body, boundary: boundary, context)
            form = context.upload?.fields ?? form
        }
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

    /// The parsed multipart body, or 400 when it is malformed (VAL-9: the reason is logged, not shown).
    private static func multipart(_ body: ByteBuffer, boundary: String, _ context: Context) throws -> MultipartForm {
        do {
            return try MultipartForm(body: Array(buffer: body), boundary: boundary)
        } catch {
            context.logger.info("Refused a malformed upload", metadata: [
                "event": "validation.refused", "form": "upload", "reason": "\(error)",
            ])
            throw WebError.badRequest([FieldError(field: "file", message: "The upload could not be read. Choose the file and try again")])
        }
    }
}
