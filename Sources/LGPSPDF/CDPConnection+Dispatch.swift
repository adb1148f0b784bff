import Foundation

extension CDPConnection {
    /// Files a call as waiting, or fails it at once when the pipe has already ended.
    func register(_ entry: PendingCall, id: Int) -> Bool {
        let reason: String? = lock.withLock {
            if closedReason == nil { pending[id] = entry }
            return closedReason
        }
        guard let reason else { return true }
        entry.continuation.resume(throwing: PDFError.rendererUnavailable(reason))
        return false
    }

    /// Fails the call numbered `id` with `error`, if it is still waiting.
    func fail(_ id: Int, _ error: any Error) {
        guard let entry = lock.withLock({ pending.removeValue(forKey: id) }) else { return }
        entry.timeout?.cancel()
        entry.continuation.resume(throwing: error)
    }

    /// Handles one message from Chromium: a reply completes (or fails) its call, an event completes any call
    /// waiting for it. Messages that are not JSON, or answer nothing waiting, are ignored.
    func receive(_ message: [UInt8]) {
        guard let incoming = try? JSONDecoder().decode(CDPIncoming.self, from: Data(message)) else { return }
        var finished: [(PendingCall, Result<JSONValue, PDFError>)] = []
        lock.withLock {
            if let id = incoming.id, var entry = pending[id] {
                if let failure = incoming.error {
                    pending[id] = nil
                    finished.append((entry, .failure(.renderFailed("\(entry.method): \(failure.message)"))))
                    return
                }
                entry.result = incoming.result ?? .null
                pending[id] = entry
            } else if let event = incoming.method {
                for (id, entry) in pending where entry.awaits(event, in: incoming.sessionId) {
                    pending[id]?.awaitedEvent = nil
                }
            }
            for (id, entry) in pending {
                guard let result = entry.completedResult else { continue }
                pending[id] = nil
                finished.append((entry, .success(result)))
            }
        }
        for (entry, outcome) in finished {
            entry.timeout?.cancel()
            entry.continuation.resume(with: outcome.mapError { $0 as any Error })
        }
    }

    /// Marks the pipe as ended for `reason`, fails every waiting call, and closes the write end.
    func close(reason: String) {
        let waiting: [PendingCall] = lock.withLock {
            if closedReason == nil { closedReason = reason }
            defer { pending = [:] }
            return Array(pending.values)
        }
        for entry in waiting {
            entry.timeout?.cancel()
            entry.continuation.resume(throwing: PDFError.rendererUnavailable(reason))
        }
        writer.close()
    }
}
