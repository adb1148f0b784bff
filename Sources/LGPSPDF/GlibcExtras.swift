import Glibc

/// Two GNU calls that Swift's Glibc module does not import, looked up in the C library at run time.
enum GlibcExtras {
    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// `pipe2(ends, O_CLOEXEC)`: a pipe whose ends are close-on-exec from the start, so that no process another
    /// thread spawns meanwhile inherits them (which would keep the pipe open after Chromium exits). Returns
    /// whether it succeeded, with `errno` set if not.
    static func closeOnExecPipe(_ ends: inout [Int32]) -> Bool {
        guard let symbol = symbol("pipe2") else { return pipe(&ends) == 0 }
        return ends.withUnsafeMutableBufferPointer { buffer in
            unsafeBitCast(symbol, to: Pipe2.self)(buffer.baseAddress!, O_CLOEXEC) == 0
        }
    }

    /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34): the child closes every descriptor from `lowest`
    /// up, so that none this process opened without close-on-exec leaks into Chromium. Skipped without it.
    static func addCloseFrom(_ lowest: Int32, to actions: inout posix_spawn_file_actions_t) {
        guard let symbol = symbol("posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, lowest)
    }

    /// The address of `name` in the process's global symbols (`RTLD_DEFAULT`).
    private static func symbol(_ name: String) -> UnsafeMutableRawPointer? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)
    }
}
