import AsyncHTTPClient
import Foundation
import LGPSStorage
import Logging
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// ``NotifyAPI`` over HTTPS with AsyncHTTPClient: each request carries a fresh JWT made from the key and the
/// clock (D3: the clock must be within 30 seconds of Notify's). The key's secret and the token never reach a log
/// (LOG-6, DATA-3); logs name the service, the path and the status.
public struct NotifyClient: NotifyAPI {
    /// Notify's production API.
    public static let productionURL = "https://api.notifications.service.gov.uk"
    /// Longest wait for one answer before it counts as no answer (and is retried).
    public static let requestTimeout: TimeAmount = .seconds(30)
    /// The largest answer read (a notification's JSON is a few kilobytes).
    public static let maximumResponseBytes = 1 << 20
    /// Sent as `User-agent`, as Notify's own clients do.
    static let userAgent = "OpenLGPS-notify-client/1"

    let http: HTTPClient
    let baseURL: String
    let key: NotifyAPIKey
    let clock: any WallClock
    let logger: Logger

    /// A client for the service `key` belongs to, at `baseURL` (no trailing slash needed).
    public init(http: HTTPClient, baseURL: String = NotifyClient.productionURL, key: NotifyAPIKey,
                clock: any WallClock, logger: Logger) {
        self.http = http
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.key = key
        self.clock = clock
        self.logger = logger
    }

    public func sendEmail(_ request: EmailRequest) async -> NotifyResult<SentNotification> {
        await call(.POST, "/v2/notifications/email", body: request)
    }

    public func sendLetter(_ request: LetterRequest) async -> NotifyResult<SentNotification> {
        await call(.POST, "/v2/notifications/letter", body: request)
    }

    public func notification(id: String) async -> NotifyResult<NotificationReport> {
        guard NotifyAPIKey.isUUID(id) else { return .rejected(status: 0, message: "Not a Notify id") }
        return await call(.GET, "/v2/notifications/\(id)", body: Optional<EmailRequest>.none)
    }

    /// One request: JSON in, JSON out, classified.
    func call<Body: Encodable, Value: Decodable & Sendable & Hashable>(
        _ method: HTTPMethod, _ path: String, body: Body?) async -> NotifyResult<Value> {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        let issuedAt = clock.now().microseconds / 1_000_000
        request.headers.add(name: "Authorization", value: "Bearer " + NotifyToken.make(key: key, issuedAt: issuedAt))
        request.headers.add(name: "User-agent", value: Self.userAgent)
        if let body {
            guard let json = try? JSONEncoder().encode(body) else {
                return .rejected(status: 0, message: "The request could not be written as JSON")
            }
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(data: json))
        }
        do {
            let response = try await http.execute(request, timeout: Self.requestTimeout, logger: logger)
            let bytes = Array(buffer: try await response.body.collect(upTo: Self.maximumResponseBytes))
            logger.debug("Notify answered", metadata: ["event": "notify.response", "path": "\(method) \(path)",
                                                       "status": "\(response.status.code)",
                                                       "service_id": "\(key.serviceID)"])
            return .classify(status: Int(response.status.code), body: bytes) {
                try JSONDecoder().decode(Value.self, from: Data($0))
            }
        } catch {
            logger.warning("No answer from Notify", metadata: ["event": "notify.unreachable",
                                                               "path": "\(method) \(path)",
                                                               "error": "\(String(describing: error))"])
            return .retryLater(reason: "No answer from Notify (\(type(of: error)))", rateLimited: false)
        }
    }
}
