import Glibc

/// The text of a failed system call's `errno`, for error messages.
enum SystemError {
    /// `strerror(errno)` for the current `errno`, or of the code given.
    static func text(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}
