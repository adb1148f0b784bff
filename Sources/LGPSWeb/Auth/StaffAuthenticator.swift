import LGPSRules
import LGPSStorage
import NIOPosix

/// Checks a staff email and password. Unknown emails are checked against a dummy hash, so the answer takes the
/// same time either way (AUTH-10); hashing runs on the thread pool, never the event loop, through a limiter.
struct StaffAuthenticator: Sendable {
    /// Why a sign-in failed (logged, never shown: the page says the same thing for both).
    enum Failure: String, Error, Sendable {
        /// No staff user has that email.
        case unknownAccount = "unknown_account"
        /// The password does not match.
        case wrongPassword = "wrong_password"
        /// Over `StaffPasswords.maximumBytes` (AUTH-2); never hashed.
        case passwordTooLong = "password_too_long"
    }

    let staff: any StaffUserRepository
    let limiter: HashLimiter
    /// A hash of a random password at the configured cost, compared against when the email is unknown.
    let dummyHash: String

    init(staff: any StaffUserRepository, configuration: WebConfiguration, limiter: HashLimiter) {
        self.staff = staff
        self.limiter = limiter
        dummyHash = StaffPasswords.hash(SecureToken.make(), cost: configuration.bcryptCost)
    }

    /// The staff user when the password matches, otherwise why not. Throws `WebError.overloaded` under a burst.
    func authenticate(email: String, password: String) async throws -> Result<StaffUser, Failure> {
        guard password.utf8.count <= StaffPasswords.maximumBytes else { return .failure(.passwordTooLong) }
        let user = try await staff.find(email: email.trimmingWhitespace())
        let hash = user?.passwordHash ?? dummyHash
        let matches = try await limiter.run {
            try await HashingThreads.pool.runIfActive { StaffPasswords.verify(password, hash: hash) }
        }
        guard let user else { return .failure(.unknownAccount) }
        return matches ? .success(user) : .failure(.wrongPassword)
    }
}

