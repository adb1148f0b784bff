/// A DevTools call waiting for its answer: the reply with its `id` and, when asked for, an event of the same
/// session that the call causes (such as `Page.loadEventFired` after new content). The two may arrive in either
/// order; the call is complete when both have.
struct PendingCall {
    /// What the call was, for error messages.
    let method: String
    /// The flat session the call went to, or `nil` for the browser.
    let session: String?
    /// Resumed once, with the result or the failure.
    let continuation: CheckedContinuation<JSONValue, any Error>
    /// The event still awaited, or `nil` once it has arrived (or none was asked for).
    var awaitedEvent: String?
    /// The reply's result, once it has arrived.
    var result: JSONValue?
    /// The task that fails the call when it takes too long; cancelled when the call completes.
    var timeout: Task<Void, Never>?

    /// The result, when the reply and the awaited event have both arrived.
    var completedResult: JSONValue? {
        awaitedEvent == nil ? result : nil
    }

    /// Whether `event` in `eventSession` is the one this call waits for.
    func awaits(_ event: String, in eventSession: String?) -> Bool {
        awaitedEvent == event && session == eventSession
    }
}
