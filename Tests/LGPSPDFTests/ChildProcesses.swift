import Foundation

/// What `/proc` says about the processes around the test process.
enum ChildProcesses {
    /// Whether Debian's Chromium is installed, without which the rendering tests are skipped.
    static let chromiumInstalled = FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")

    /// The ids of this process's children whose command name mentions Chromium (zombies included).
    static func chromiumChildren() -> [Int32] {
        let own = ProcessInfo.processInfo.processIdentifier
        return processIDs().filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
            else { return false }
            let name = stat[stat.index(after: open)..<close]
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return name.lowercased().contains("chrom") && fields.count > 1 && Int32(fields[1]) == own
        }
    }

    /// The ids of every process whose command line contains `text` (such as a Chromium profile directory).
    static func processes(mentioning text: String) -> [Int32] {
        processIDs().filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            return String(decoding: data, as: UTF8.self).contains(text)
        }
    }

    private static func processIDs() -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { Int32($0) }
    }
}
