import Hummingbird
import Prometheus

/// `/healthz`, `/metrics` and `/static/app.css`: open to all, no session.
struct OperationsController {
    let dependencies: WebDependencies
    let stylesheet: [UInt8]

    func addRoutes(to router: Router<StaffRequestContext>) {
        router.get("/healthz", use: health)
        router.get("/metrics", use: metrics)
        router.get("/static/app.css", use: css)
    }

    /// 200 `{"status":"ok"}` after a trivial database read; 503 `{"status":"unavailable"}` when it fails.
    @Sendable func health(request: Request, context: StaffRequestContext) async throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        do {
            _ = try await dependencies.funds.get(id: 1)
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
        } catch {
            context.logger.error("Health check failed", metadata: ["event": "health.failed"])
            return Response(status: .serviceUnavailable, headers: headers,
                            body: .init(byteBuffer: ByteBuffer(string: #"{"status":"unavailable"}"#)))
        }
    }

    /// Prometheus text format: request metrics plus the database pool gauges, read now.
    @Sendable func metrics(request: Request, context: StaffRequestContext) async throws -> Response {
        let registry = dependencies.metrics
        for (name, value) in dependencies.poolStatistics() {
            registry.makeGauge(descriptor: .init(metricName: "database_pool_\(name)", unitName: "",
                                                 helpText: "Database connection pool: \(name)"))
                .set(Double(value))
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
    }

    @Sendable func css(request: Request, context: StaffRequestContext) async throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/css; charset=utf-8"
        headers[.cacheControl] = "public, max-age=3600"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: stylesheet)))
    }
}
