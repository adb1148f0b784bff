import Logging
import NIOConcurrencyHelpers

/// Collects log lines (message and metadata as text) so tests can check what was, and was not, logged.
final class LogCapture: Sendable {
    private let lines = NIOLockedValueBox<[String]>([])

    var all: [String] { lines.withLockedValue { $0 } }
    var text: String { all.joined(separator: "\n") }

    func append(_ line: String) { lines.withLockedValue { $0.append(line) } }

    /// A logger that writes here.
    func logger(label: String = "lgps.web.tests") -> Logger {
        var logger = Logger(label: label) { _ in Handler(capture: self) }
        logger.logLevel = .trace
        return logger
    }

    struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            capture.append("[\(event.level)] \(event.message) \(fields)")
        }
    }
}
