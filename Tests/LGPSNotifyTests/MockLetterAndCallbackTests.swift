import AsyncHTTPClient
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOConcurrencyHelpers
import Testing
@testable import LGPSNotify

/// The mock Notify's letter route and its delivery-status callbacks, over real loopback sockets (interfaces.md
/// D3): a letter needs `address_line_1`; a settled message is POSTed to the service's callback URL as Notify's
/// receipt JSON with the bearer token the service set.
@Suite("Mock Notify letters and callbacks")
struct MockLetterAndCallbackTests {
    typealias S = NotifyTestSupport
    static let template = "f33517ff-2a88-4f6e-b855-c550268ce08a"

    @Test("A letter with an address is accepted and reported by id; one without address_line_1 is refused (400)")
    func letters() async throws {
        let clock = ManualClock(S.start)
        let store = MockNotifyStore()
        try await SenderEndToEndTests.withMock(store: store, clock: clock) { client in
            let letter = LetterRequest(templateID: Self.template, addressLines: ["Jill Archer", "Brookfield Farm", "AB1 2CD"],
                                       personalisation: ["subject": "Your email address"], reference: "letter-1")
            guard case .success(let sent) = await client.sendLetter(letter) else {
                Issue.record("the letter was not accepted")
                return
            }
            #expect(sent.reference == "letter-1")
            let held = try #require(await store.message(id: sent.id))
            #expect(held.type == "letter" && held.recipient == "Jill Archer")
            #expect(held.personalisation["address_line_3"] == "AB1 2CD" && held.personalisation["subject"] == "Your email address")
            guard case .success(let report) = await client.notification(id: sent.id) else {
                Issue.record("the letter could not be looked up")
                return
            }
            #expect(report.id == sent.id && report.status == "created")
            let unaddressed = LetterRequest(templateID: Self.template, addressLines: [], personalisation: [:], reference: nil)
            let refused = await client.sendLetter(unaddressed)
            guard case .rejected(let status, let message) = refused else {
                Issue.record("a letter without an address was not refused: \(refused)")
                return
            }
            #expect(status == 400 && message.contains("address_line_1 is a required property"), "\(message)")
        }
    }

    @Test("Settled messages are POSTed to the callback URL with the bearer token, as Notify's receipt JSON")
    func callbacks() async throws {
        let clock = ManualClock(S.start)
        let store = MockNotifyStore()
        let received = NIOLockedValueBox<[(authorization: String?, receipt: DeliveryReceipt)]>([])
        let router = Router()
        router.post("/notify/delivery-status") { request, _ -> Response in
            var request = request
            let body = try await request.collectBody(upTo: 1 << 16)
            let receipt = try JSONDecoder().decode(DeliveryReceipt.self, from: Data(buffer: body))
            received.withLockedValue { $0.append((request.headers[.authorization], receipt)) }
            return Response(status: .noContent)
        }
        let receiver = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                                   logger: S.logger)
        try await receiver.test(.live) { receiverClient in
            let port = try #require(receiverClient.port)
            try await SenderEndToEndTests.withMock(store: store, clock: clock) { client in
                for address in ["jill@example.org", "gone@bounce.example"] {
                    let email = EmailRequest(emailAddress: address, templateID: Self.template, personalisation: [:],
                                             reference: "ref-\(address)")
                    guard case .success = await client.sendEmail(email) else {
                        Issue.record("the email to \(address) was not accepted")
                        return
                    }
                }
                let callbacks = MockNotifyCallbacks(store: store, http: HTTPClient.shared,
                                                    url: "http://127.0.0.1:\(port)/notify/delivery-status",
                                                    token: "callback-token-of-at-least-ten", clock: clock, logger: S.logger)
                let results = await callbacks.deliverPending()
                #expect(results.map(\.status) == [204, 204])
                #expect(await callbacks.deliverPending().isEmpty, "each message is called back once")
            }
        }
        let got = received.withLockedValue { $0 }
        #expect(got.count == 2)
        #expect(got.allSatisfy { $0.authorization == "Bearer callback-token-of-at-least-ten" })
        let byAddress = Dictionary(uniqueKeysWithValues: got.map { ($0.receipt.to ?? "", $0.receipt) })
        #expect(byAddress["jill@example.org"]?.status == "delivered")
        #expect(byAddress["gone@bounce.example"]?.status == "permanent-failure")
        #expect(byAddress["gone@bounce.example"]?.reference == "ref-gone@bounce.example")
        #expect(byAddress["jill@example.org"]?.notificationType == "email")
    }
}
