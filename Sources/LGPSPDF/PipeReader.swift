import Foundation
import Glibc

/// Reads the pipe Chromium writes to on its own thread, splits the stream at each NUL byte, and hands every
/// message to `onMessage`; at end of file or a read error it closes the descriptor and calls `onEnd` once.
final class PipeReader: Sendable {
    /// How many bytes one `read` asks for.
    static let chunkSize = 1 << 16
    private let descriptor: Int32

    /// Takes ownership of `descriptor`, which is closed when the pipe ends.
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Starts the reading thread.
    func start(onMessage: @escaping @Sendable ([UInt8]) -> Void, onEnd: @escaping @Sendable (String) -> Void) {
        let descriptor = descriptor
        let thread = Thread {
            var buffer: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
            var reason = "Chromium closed the DevTools pipe"
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    reason = "reading from Chromium: \(SystemError.text())"
                    break
                }
                let scanFrom = buffer.count
                buffer.append(contentsOf: chunk[0..<count])
                var start = 0
                for index in scanFrom..<buffer.count where buffer[index] == 0 {
                    onMessage(Array(buffer[start..<index]))
                    start = index + 1
                }
                if start > 0 { buffer.removeFirst(start) }
            }
            close(descriptor)
            onEnd(reason)
        }
        thread.name = "LGPSPDF.PipeReader"
        thread.start()
    }
}
