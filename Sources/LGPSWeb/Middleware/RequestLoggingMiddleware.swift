import Hummingbird
import LGPSStorage
import Logging

/// One structured log line per request: request id, method, route pattern (never the raw path or query, which
/// may carry an NI number or email; DATA-3), status and duration.
struct RequestLoggingMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        context.logger.info("Request handled", metadata: [
            "event": "http.request", "method": "\(request.method)", "route": "\(context.endpointPath ?? "NotFound")",
            "status": "\(response.status.code)", "duration_ms": "\(elapsed.microseconds / 1000)",
        ])
        return response
    }
}
