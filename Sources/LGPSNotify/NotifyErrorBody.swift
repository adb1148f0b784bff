/// Notify's error response: `{"status_code": 400, "errors": [{"error": "BadRequestError", "message": "..."}]}`.
public struct NotifyErrorBody: Codable, Sendable, Hashable {
    public var statusCode: Int
    public var errors: [Item]

    public init(statusCode: Int, errors: [Item]) {
        self.statusCode = statusCode
        self.errors = errors
    }

    /// One error: its class name (`BadRequestError`, `AuthError`, `RateLimitError`, ...) and message.
    public struct Item: Codable, Sendable, Hashable {
        public var error: String
        public var message: String

        public init(error: String, message: String) {
            self.error = error
            self.message = message
        }
    }

    /// The messages joined, for logs and the outbox's `last_error` (Notify's messages hold no secrets).
    public var summary: String { errors.map { "\($0.error): \($0.message)" }.joined(separator: "; ") }

    enum CodingKeys: String, CodingKey { case statusCode = "status_code", errors }
}
