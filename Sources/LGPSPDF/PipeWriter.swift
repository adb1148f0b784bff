import Dispatch
import Glibc

/// Writes whole messages to the write end of a pipe, one at a time and in order, on its own queue so that a
/// slow reader never blocks a Swift concurrency thread. A reader that has gone away gives an error, not the
/// process-killing `SIGPIPE`: the signal is blocked on the writing thread and the pending one is discarded.
final class PipeWriter: @unchecked Sendable {
    private let descriptor: Int32
    private let queue = DispatchQueue(label: "LGPSPDF.PipeWriter")
    private var closed = false

    /// Takes ownership of `descriptor`, which `close()` closes.
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        if !closed { _ = Glibc.close(descriptor) }
    }

    /// Queues `bytes`; `completion` gets `nil` once all are written, or the reason they could not be.
    func write(_ bytes: [UInt8], completion: @escaping @Sendable (String?) -> Void) {
        queue.async { [self] in
            completion(closed ? "the DevTools pipe is closed" : writeAll(bytes))
        }
    }

    /// Closes the descriptor after every queued write has finished.
    func close() {
        queue.sync {
            guard !closed else { return }
            closed = true
            _ = Glibc.close(descriptor)
        }
    }

    /// Writes every byte, retrying after interrupts and short writes; returns the failure's reason, if any.
    private func writeAll(_ bytes: [UInt8]) -> String? {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 {
                written += count
            } else if errno != EINTR {
                let reason = SystemError.text()
                var immediately = timespec(tv_sec: 0, tv_nsec: 0)
                _ = sigtimedwait(&pipeSignal, nil, &immediately)
                return "writing to Chromium: \(reason)"
            }
        }
        return nil
    }
}
