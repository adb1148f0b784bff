import Crypto
import Foundation
import Hummingbird
import LGPSNotify
import LGPSStorage

/// `POST /notify/delivery-status`: GOV.UK Notify's delivery-status callback (interfaces.md D3). Notify sends the
/// bearer token the fund set; it is compared in constant time (through SHA-256 digests, so not even its length
/// leaks) and anything else gets 401 (AC-2, logged: AC-7, LOG-4). A receipt that is not JSON, or lacks `id` or
/// `status`, or has a status Notify does not use, gets 400 problem+json; an id we never sent gets 404; a good
/// one, or the same one again (Notify retries), gets 204 and is recorded once.
struct DeliveryCallbackController {
    /// The route Notify is told to call.
    static let path = "/notify/delivery-status"
    /// Largest receipt read (a receipt is a few hundred bytes).
    static let maximumBody = 64 * 1024

    let tokenDigest: SHA256.Digest
    let recorder: DeliveryRecorder

    init(token: String, recorder: DeliveryRecorder) {
        tokenDigest = SHA256.hash(data: Array(token.utf8))
        self.recorder = recorder
    }

    func addRoutes(to router: Router<StaffRequestContext>) {
        router.post(RouterPath(Self.path), use: receive)
    }

    @Sendable func receive(request: Request, context: StaffRequestContext) async throws -> Response {
        guard authorised(request.headers[.authorization]) else {
            context.logger.warning("Delivery callback refused: wrong or missing bearer token", metadata: [
                "event": "notify.callback.refused", "path": "\(Self.path)"])
            var response = Self.problem(401, "Not authorised", "Send the bearer token set for this callback.")
            response.headers[.wwwAuthenticate] = "Bearer realm=\"OpenLGPS delivery receipts\""
            return response
        }
        var request = request
        guard let buffer = try? await request.collectBody(upTo: Self.maximumBody),
              let receipt = try? JSONDecoder().decode(DeliveryReceipt.self,
                                                      from: Data(buffer.readableBytesView)) else {
            context.logger.warning("Delivery callback refused: not a receipt", metadata: [
                "event": "notify.callback.invalid"])
            return Self.problem(400, "Not a delivery receipt",
                                "The body must be Notify's delivery receipt JSON with at least id and status.")
        }
        do {
            _ = try await recorder.record(providerID: receipt.id, status: receipt.status,
                                          completedAt: receipt.completedAt)
            return Response(status: .noContent)
        } catch DeliveryReportError.unknownStatus(let status) {
            return Self.problem(400, "Unknown status", "'\(status.prefix(40))' is not a Notify delivery status.")
        } catch StorageError.notFound {
            context.logger.warning("Delivery callback for a message we did not send", metadata: [
                "event": "notify.callback.unknown"])
            return Self.problem(404, "Unknown notification", "No email was sent with this Notify id.")
        }
    }

    /// Whether `header` is `Bearer <the token>`.
    func authorised(_ header: String?) -> Bool {
        guard let header, header.hasPrefix("Bearer ") else { return false }
        let offered = SHA256.hash(data: Array(header.dropFirst("Bearer ".count).utf8))
        return NotifyTokenVerifier.constantTimeEqual(Array(offered), Array(tokenDigest))
    }

    /// An RFC 9457 problem details answer.
    static func problem(_ status: Int, _ title: String, _ detail: String) -> Response {
        Problem(type: "https://openlgps.org/problems/notify-callback", title: title, status: status, detail: detail,
                errors: nil).response()
    }
}
