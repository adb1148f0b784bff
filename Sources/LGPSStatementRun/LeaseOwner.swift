import Foundation

/// Names the process working a run (`host:pid`), so a run whose worker was killed can be taken over at once
/// instead of waiting for its lease to run out: a holder on this host whose process no longer exists has died.
public enum LeaseOwner {
    /// This process: `host:pid`.
    public static var thisProcess: String {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// Whether `owner` names a process on this host that is no longer running.
    public static func hasDied(_ owner: String) -> Bool {
        guard let colon = owner.lastIndex(of: ":"), String(owner[..<colon]) == ProcessInfo.processInfo.hostName,
              let pid = pid_t(owner[owner.index(after: colon)...]), pid > 0,
              pid != ProcessInfo.processInfo.processIdentifier else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }
}
