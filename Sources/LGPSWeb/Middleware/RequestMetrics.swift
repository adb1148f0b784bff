import Hummingbird
import Prometheus

/// Request counts and latency histograms by method, route pattern and status, recorded straight into the
/// injected Prometheus registry (no global `MetricsSystem`, so tests can build many applications).
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let registry: PrometheusCollectorRegistry

    static var buckets: [Duration] {
        [.milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
         .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(5)]
    }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let labels = [("method", request.method.rawValue), ("route", context.endpointPath ?? "NotFound"),
                      ("status", String(response.status.code))]
        registry.makeCounter(descriptor: .init(metricName: "http_requests", unitName: "total",
                                               helpText: "HTTP requests handled"), labels: labels).increment()
        registry.makeDurationHistogram(descriptor: .init(metricName: "http_request_duration", unitName: "seconds",
                                                         helpText: "Time to handle an HTTP request"),
                                       labels: labels, buckets: Self.buckets)
            .record(ContinuousClock.now - start)
        return response
    }
}
