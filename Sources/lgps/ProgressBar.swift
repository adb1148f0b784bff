import Foundation

/// A one-line progress bar on standard error: `[########------------] 41% 4,100/10,000 members 6,210/s`.
/// Redrawn in place on a terminal; on a pipe it prints a plain line at most every few seconds.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let unit: String
    private let started = ContinuousClock.now
    private var lastPrinted = ContinuousClock.now
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let lock = NSLock()
    static let width = 30
    static let pipeInterval = Duration.seconds(5)

    init(total: Int, unit: String) {
        self.total = max(total, 1)
        self.unit = unit
    }

    /// Shows `done` of the total.
    func update(_ done: Int) {
        lock.lock(); defer { lock.unlock() }
        let now = ContinuousClock.now
        if !isTerminal && done < total && now - lastPrinted < ProgressBar.pipeInterval { return }
        lastPrinted = now
        let filled = ProgressBar.width * min(done, total) / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: ProgressBar.width - filled)
        let line = "[\(bar)] \(100 * min(done, total) / total)% \(done.grouped)/\(total.grouped) \(unit) \(rate(done))/s"
        FileHandle.standardError.write(Data(((isTerminal ? "\r" : "") + line + (isTerminal ? "" : "\n")).utf8))
    }

    /// Ends the line.
    func finish() {
        if isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private func rate(_ done: Int) -> String {
        let seconds = (ContinuousClock.now - started).seconds
        return seconds > 0 ? Int(Double(done) / seconds).grouped : "-"
    }
}

extension Duration {
    /// The duration in seconds, for reporting rates (not for money).
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

extension Int {
    /// `12,345`.
    var grouped: String {
        let digits = String(self.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (self < 0 ? "-" : "") + out
    }
}
