import Hummingbird
import Logging

/// Turns errors into a page or, under `/api/`, problem+json (VAL-9: generic wording, no internals). Unexpected
/// errors are logged (LOG-5) without their detail reaching the client.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = StaffRequestContext
    let renderer: TemplateRenderer

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WebError {
            return respond(to: error, request: request, context: context)
        } catch let error as any HTTPResponseError {
            if error.status == .notFound { return respond(to: .notFound, request: request, context: context) }
            if error.status.code < 500 {
                return failure(status: error.status.code, request: request, context: context)
            }
            context.logger.error("Request failed", metadata: ["event": "http.error", "status": "\(error.status.code)"])
            return failure(status: error.status.code, request: request, context: context)
        } catch {
            context.logger.error("Unexpected error", metadata: [
                "event": "http.error", "route": "\(context.endpointPath ?? "unknown")",
                "error_type": "\(String(reflecting: type(of: error)))",
            ])
            return failure(status: 500, request: request, context: context)
        }
    }

    private func isAPI(_ request: Request) -> Bool { request.uri.path.hasPrefix("/api/") }

    private func respond(to error: WebError, request: Request, context: Context) -> Response {
        let api = isAPI(request)
        switch error {
        case .notFound:
            if api { return Problem.notFound().response() }
            return page(ErrorPage(context: context, title: "Page not found", paragraphs: [
                "If you typed the web address, check it is correct.",
                "If you followed a link to a member or record, it may not belong to your fund.",
            ], searchLink: context.staff != nil), status: .notFound)
        case .csrfRefused:
            if api { return Problem.forbidden().response() }
            return page(ErrorPage(context: context, title: "This form has expired", paragraphs: [
                "For your security, forms stop working when you sign out or leave them for a long time.",
                "Go back, refresh the page and try again.",
            ], signInLink: context.staff == nil), status: .forbidden)
        case .unauthenticated:
            return Problem.unauthenticated().response()
        case .overloaded:
            context.logger.warning("Refused a request under load", metadata: ["event": "security.rate_limited"])
            if api { return Problem.overloaded().response() }
            var response = page(ErrorPage(context: context, title: "Sorry, the service is busy", paragraphs: [
                "Try again in a few seconds.",
            ]), status: .serviceUnavailable)
            response.headers[.retryAfter] = "5"
            return response
        case .badRequest(let errors):
            if api { return Problem.badRequest(errors).response() }
            return page(ErrorPage(context: context, title: "There is a problem with the address",
                                  paragraphs: errors.map(\.message)), status: .badRequest)
        }
    }

    private func failure(status: Int, request: Request, context: Context) -> Response {
        if isAPI(request) { return Problem.generic(status: status).response() }
        let title = status >= 500 ? "Sorry, there is a problem with the service" : "There is a problem"
        return page(ErrorPage(context: context, title: title, paragraphs: ["Try again later."]),
                    status: .init(code: status))
    }

    private func page(_ model: ErrorPage, status: HTTPResponse.Status) -> Response {
        HTML.page(renderer.render(model, "error"), status: status)
    }
}
