import Foundation

/// What one request to Notify came to, classified for the sender (interfaces.md D3): a success; a request Notify
/// refused for what it said (400 validation such as a bad email address, 404, and other 4xx) that sending again
/// would not change; a refused key (403) that needs a person; or a passing trouble (429 rate limit, 5xx,
/// no connection) worth trying again later.
public enum NotifyResult<Value: Sendable & Hashable>: Sendable, Hashable {
    case success(Value)
    /// Not to be retried: the request itself is wrong.
    case rejected(status: Int, message: String)
    /// 403: the key or token was refused. Not retried; logged as critical by the sender.
    case unauthorised(String)
    /// 429, 5xx or no answer: try again after a pause.
    case retryLater(reason: String, rateLimited: Bool)

    /// Classifies an answer with `status` and `body`; `decode` reads a success body. A success whose body cannot
    /// be read is `rejected`, not retried: Notify accepted it, and sending again would send it twice.
    public static func classify(status: Int, body: [UInt8], decode: ([UInt8]) throws -> Value) -> Self {
        switch status {
        case 200...299:
            guard let value = try? decode(body) else {
                return .rejected(status: status, message: "Notify's answer could not be read")
            }
            return .success(value)
        case 403:
            return .unauthorised(message(body, status: status))
        case 429:
            return .retryLater(reason: message(body, status: status), rateLimited: true)
        case 500...599:
            return .retryLater(reason: message(body, status: status), rateLimited: false)
        default:
            return .rejected(status: status, message: message(body, status: status))
        }
    }

    /// Notify's error summary from `body`, or the bare status when the body is not Notify's error JSON.
    static func message(_ body: [UInt8], status: Int) -> String {
        let summary = (try? JSONDecoder().decode(NotifyErrorBody.self, from: Data(body)))?.summary
        return "HTTP \(status)" + (summary.map { ": " + $0 } ?? "")
    }
}
