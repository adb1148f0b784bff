import Glibc

extension ChromiumProcess {
    /// Starts `command` with its DevTools pipes on fds 3 (commands in) and 4 (replies out), stdin, stdout and
    /// stderr on `/dev/null`, every other descriptor closed, default signal handling, and its own process group
    /// (so that `terminate` can reach the helper processes Chromium forks). Throws `rendererUnavailable` when the
    /// binary cannot be executed.
    static func spawn(_ arguments: [String], commands: PipePair, replies: PipePair) throws -> ChromiumProcess {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        for standard in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            let mode = standard == STDIN_FILENO ? O_RDONLY : O_WRONLY
            posix_spawn_file_actions_addopen(&actions, standard, "/dev/null", mode, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, commands.read, pipeCommandDescriptor)
        posix_spawn_file_actions_adddup2(&actions, replies.write, pipeReplyDescriptor)
        GlibcExtras.addCloseFrom(pipeReplyDescriptor + 1, to: &actions)

        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        let flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard status == 0 else {
            throw PDFError.rendererUnavailable("cannot start \(arguments[0]): \(SystemError.text(status))")
        }
        return ChromiumProcess(pid: pid)
    }
}
