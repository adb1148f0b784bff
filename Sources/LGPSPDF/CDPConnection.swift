import Foundation

/// The DevTools protocol over Chromium's pipe: numbers each call, sends it as one NUL-terminated JSON message,
/// and resumes the caller when the reply with that number (and any event the caller asked to wait for) arrives.
/// Every call has a time limit. When the pipe ends, every waiting call fails with `rendererUnavailable`.
final class CDPConnection: @unchecked Sendable {
    let writer: PipeWriter
    let reader: PipeReader
    let lock = NSLock()
    var nextID = 1
    var pending: [Int: PendingCall] = [:]
    var closedReason: String?
    /// How long a call may wait for its answer unless it says otherwise.
    let callTimeout: Duration

    /// Speaks over `commands` (written) and `replies` (read), taking ownership of both descriptors.
    init(commands: Int32, replies: Int32, callTimeout: Duration) {
        writer = PipeWriter(descriptor: commands)
        reader = PipeReader(descriptor: replies)
        self.callTimeout = callTimeout
    }

    /// Starts reading Chromium's messages.
    func start() {
        reader.start(
            onMessage: { [weak self] message in self?.receive(message) },
            onEnd: { [weak self] reason in self?.close(reason: reason) }
        )
    }

    /// Whether the pipe is still open.
    var isOpen: Bool {
        lock.withLock { closedReason == nil }
    }

    /// Calls `method` with `params` (in flat `session`, if given) and returns its result; with `event`, returns
    /// only once that event has also arrived in the same session. Throws `renderFailed` when Chromium answers
    /// with an error and `rendererUnavailable` when the pipe ends or no answer comes within `timeout`
    /// (by default the connection's `callTimeout`).
    func call(
        _ method: String, _ params: [String: JSONValue] = [:], session: String? = nil,
        awaiting event: String? = nil, timeout: Duration? = nil
    ) async throws -> JSONValue {
        let timeout = timeout ?? callTimeout
        let id = lock.withLock {
            defer { nextID += 1 }
            return nextID
        }
        let request = CDPRequest(id: id, method: method, params: params, sessionId: session)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let message = Array(try encoder.encode(request)) + [0]
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let entry = PendingCall(
                    method: method, session: session, continuation: continuation, awaitedEvent: event)
                guard register(entry, id: id) else { return }
                let limit = Task { [weak self] in
                    guard (try? await Task.sleep(for: timeout)) != nil else { return }
                    self?.fail(id, PDFError.rendererUnavailable("\(method) got no answer within \(timeout)"))
                }
                lock.withLock { pending[id]?.timeout = limit }
                writer.write(message) { [weak self] failure in
                    if let failure { self?.fail(id, PDFError.rendererUnavailable(failure)) }
                }
            }
        } onCancel: {
            fail(id, CancellationError())
        }
    }
}
