/// A call sent to Chromium over the DevTools pipe: `{"id":…, "method":…, "params":…, "sessionId":…}`.
/// A call without `sessionId` goes to the browser; with one, to the page attached under that flat session.
struct CDPRequest: Encodable, Sendable {
    let id: Int
    let method: String
    let params: [String: JSONValue]
    let sessionId: String?
}

/// Anything Chromium writes on the pipe: the reply to a call (`id` with `result` or `error`) or an event
/// (`method` with `params`), either one possibly scoped to a flat `sessionId`.
struct CDPIncoming: Decodable, Sendable {
    /// The error object of a refused call: a code and a human-readable message.
    struct Failure: Decodable, Sendable {
        let code: Int?
        let message: String
    }

    let id: Int?
    let method: String?
    let sessionId: String?
    let result: JSONValue?
    let error: Failure?
}
