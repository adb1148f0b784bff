import Foundation

/// Peak resident memory of this process (VmHWM in /proc/self/status), in MiB; nil where /proc is absent.
enum PeakMemory {
    static func mebibytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kib = line.split(separator: " ").compactMap { Int($0) }.first
            return kib.map { $0 / 1024 }
        }
        return nil
    }
}
