import LGPSPortal
import LGPSStorage
import NIOPosix

/// Checks a member's email and password (the first factor). Unknown emails are checked against a dummy hash so
/// the answer takes the same time either way (AUTH-10); hashing runs on the thread pool through the shared
/// limiter, so a burst queues briefly and then gets 503 rather than starving the server (D.3, REL-9).
struct PortalAuthenticator: Sendable {
    /// Why a sign-in failed (logged, never shown: the page says the same thing whatever the reason).
    enum Failure: String, Error, Sendable {
        case unknownAccount = "unknown_account"
        case wrongPassword = "wrong_password"
        case disabled
        case passwordTooLong = "password_too_long"
    }

    let accounts: any PortalAccountRepository
    let hasher: PasswordHasher
    let limiter: HashLimiter
    /// A hash of a random password, compared against when the email is unknown.
    let dummyHash: String

    init(accounts: any PortalAccountRepository, hasher: PasswordHasher, limiter: HashLimiter) throws {
        self.accounts = accounts
        self.hasher = hasher
        self.limiter = limiter
        dummyHash = try hasher.hash(SecureToken.make())
    }

    /// The account when the password matches, otherwise why not. Throws `WebError.overloaded` under a burst.
    func authenticate(account: PortalAccount?, password: String) async throws -> Result<PortalAccount, Failure> {
        guard password.utf8.count <= PasswordPolicy.maximumBytes else { return .failure(.passwordTooLong) }
        let hash = account?.passwordHash ?? dummyHash
        let hasher = self.hasher
        let matches = try await limiter.run {
            try await HashingThreads.pool.runIfActive { hasher.verify(password, against: hash) }
        }
        guard let account else { return .failure(.unknownAccount) }
        guard matches else { return .failure(.wrongPassword) }
        return account.status == .active ? .success(account) : .failure(.disabled)
    }

    /// A new password's hash, computed through the limiter off the event loop.
    func hash(_ password: String) async throws -> String {
        let hasher = self.hasher
        return try await limiter.run { try await HashingThreads.pool.runIfActive { try hasher.hash(password) } }
    }
}
