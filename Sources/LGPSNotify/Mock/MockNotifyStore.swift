import Foundation
import LGPSStorage

/// The mock Notify's state: accepted messages, and the faults a test or demo asks for (the next few requests
/// answered 500, a rate limit).
public actor MockNotifyStore {
    private var messages: [String: MockNotifyMessage] = [:]
    private var order: [String] = []
    private var failuresToGive = 0
    private var window: RateWindow?

    /// A store; `rateLimit` requests per 60 seconds are allowed when given (Notify's is 3,000).
    public init(rateLimit: Int? = nil) {
        window = rateLimit.map { RateWindow(limit: $0) }
    }

    /// Makes the next `count` requests fail with 500.
    public func failNext(_ count: Int) { failuresToGive = count }

    /// Whether this request is to be answered 500 (and counts it).
    func takeFailure() -> Bool {
        guard failuresToGive > 0 else { return false }
        failuresToGive -= 1
        return true
    }

    /// Whether a request at `at` is over the rate limit.
    func overLimit(at: Timestamp) -> Bool {
        guard window != nil else { return false }
        return window?.reserve(1, at: at) == 0
    }

    /// Keeps a new message and gives back its id.
    func accept(reference: String?, recipient: String, type: String, templateID: String,
                personalisation: [String: String], at: Timestamp) -> MockNotifyMessage {
        let message = MockNotifyMessage(id: UUID().uuidString.lowercased(), reference: reference, recipient: recipient,
                                        type: type, templateID: templateID, personalisation: personalisation,
                                        status: "created", createdAt: at, completedAt: nil)
        messages[message.id] = message
        order.append(message.id)
        return message
    }

    /// A message by Notify id.
    public func message(id: String) -> MockNotifyMessage? { messages[id.lowercased()] }

    /// Every message, oldest first.
    public func all() -> [MockNotifyMessage] { order.compactMap { messages[$0] } }

    /// Gives each message still `created` its final status (``MockNotifyMessage/outcome(for:)``) at `at`, and
    /// returns those settled.
    public func settle(at: Timestamp) -> [MockNotifyMessage] {
        var settled: [MockNotifyMessage] = []
        for id in order where messages[id]?.status == "created" {
            guard var message = messages[id] else { continue }
            message.status = message.type == "letter" ? "received" : MockNotifyMessage.outcome(for: message.recipient)
            message.completedAt = at
            messages[id] = message
            settled.append(message)
        }
        return settled
    }
}
