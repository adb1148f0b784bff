import AsyncHTTPClient
import Foundation
import LGPSStorage
import Logging
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// Settles the mock's messages and POSTs each one's delivery-status callback to the service, as Notify does
/// (interfaces.md D3): the receipt JSON with `Authorization: Bearer <the token the service set>`.
public struct MockNotifyCallbacks: Sendable {
    /// How long one callback may take.
    static let timeout: TimeAmount = .seconds(10)

    let store: MockNotifyStore
    let http: HTTPClient
    let url: String
    let token: String
    let clock: any WallClock
    let logger: Logger

    public init(store: MockNotifyStore, http: HTTPClient, url: String, token: String, clock: any WallClock,
                logger: Logger) {
        self.store = store
        self.http = http
        self.url = url
        self.token = token
        self.clock = clock
        self.logger = logger
    }

    /// Settles every waiting message and sends its callback; returns the HTTP status each callback got (nil for
    /// no answer), in order.
    @discardableResult
    public func deliverPending() async -> [(id: String, status: Int?)] {
        var results: [(id: String, status: Int?)] = []
        for message in await store.settle(at: clock.now()) {
            results.append((message.id, await post(message.callback)))
        }
        return results
    }

    /// POSTs one receipt; the status it got, or nil.
    public func post(_ receipt: DeliveryReceipt) async -> Int? {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Authorization", value: "Bearer " + token)
        guard let body = try? JSONEncoder().encode(receipt) else { return nil }
        request.body = .bytes(ByteBuffer(data: body))
        do {
            let response = try await http.execute(request, timeout: Self.timeout, logger: logger)
            _ = try await response.body.collect(upTo: 1 << 16)
            return Int(response.status.code)
        } catch {
            logger.warning("Mock Notify could not deliver a callback", metadata: ["error": "\(error)"])
            return nil
        }
    }
}
