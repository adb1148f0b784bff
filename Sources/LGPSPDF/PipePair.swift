import Glibc

/// One pipe's two file descriptors, both close-on-exec and numbered above the descriptors a child is given,
/// so that mapping them onto fds 3 and 4 in the child can never overwrite one with the other.
struct PipePair: Sendable {
    /// The lowest descriptor number a pipe end may have: above stdin, stdout, stderr and the pipe fds 3 and 4.
    static let lowestDescriptor: Int32 = 10

    /// The end that is read.
    let read: Int32
    /// The end that is written.
    let write: Int32

    /// Opens a pipe; throws `rendererUnavailable` with the system's reason when the process is out of descriptors.
    init() throws {
        var ends: [Int32] = [-1, -1]
        guard GlibcExtras.closeOnExecPipe(&ends) else {
            throw PDFError.rendererUnavailable("pipe: \(SystemError.text())")
        }
        let read = fcntl(ends[0], F_DUPFD_CLOEXEC, Self.lowestDescriptor)
        let write = fcntl(ends[1], F_DUPFD_CLOEXEC, Self.lowestDescriptor)
        let reason = SystemError.text()
        close(ends[0])
        close(ends[1])
        guard read >= 0, write >= 0 else {
            if read >= 0 { close(read) }
            if write >= 0 { close(write) }
            throw PDFError.rendererUnavailable("pipe: \(reason)")
        }
        self.read = read
        self.write = write
    }

    /// Closes both ends.
    func closeBoth() {
        close(read)
        close(write)
    }
}
