import Foundation
import Glibc

/// The running Chromium browser process: a child of this process, leader of its own process group.
/// `terminate` waits for it to exit (killing it after a grace period), kills any helper left in its group,
/// and reaps it, so no zombie or orphan outlives the renderer.
final class ChromiumProcess: @unchecked Sendable {
    /// The descriptor on which Chromium reads DevTools commands (`--remote-debugging-pipe`).
    static let pipeCommandDescriptor: Int32 = 3
    /// The descriptor on which Chromium writes DevTools replies and events.
    static let pipeReplyDescriptor: Int32 = 4

    /// The browser's process id, which is also its process group id.
    let pid: pid_t
    let lock = NSLock()
    var reaped = false

    init(pid: pid_t) {
        self.pid = pid
    }

    /// Whether the process has exited (it is not reaped by this check).
    var hasExited: Bool {
        lock.withLock {
            guard !reaped else { return true }
            var info = siginfo_t()
            let found = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
            return found != 0 || info.si_signo != 0
        }
    }

    /// Waits up to `grace` (looking every `RendererLimits.exitPoll`) for the browser to exit by itself, then
    /// kills its whole process group and reaps it.
    func terminate(grace: Duration) async {
        var looks = Int(grace / RendererLimits.exitPoll)
        while !hasExited, looks > 0 {
            try? await Task.sleep(for: RendererLimits.exitPoll)
            looks -= 1
        }
        kill()
    }
}

extension ChromiumProcess {
    /// Kills the process group (the browser, if it is still running, and any helper it left) and reaps the
    /// browser, blocking briefly. The group is killed before the reaping, while its id cannot yet be reused.
    func kill() {
        lock.withLock {
            guard !reaped else { return }
            Glibc.kill(-pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1, errno == EINTR {}
            reaped = true
        }
    }
}
