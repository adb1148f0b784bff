/// Members' portal accounts. Changes to an account are audited in the same transaction (AUDIT-1) without
/// password hashes, TOTP secrets or recovery code hashes.
public protocol PortalAccountRepository: Sendable {
    /// AUTH-9: completes a registration atomically: checks the key is unused, unexpired (at `at`) and unrevoked,
    /// marks it used, creates the account with its recovery code hashes, marks the registration complete and
    /// appends an audit entry (entity "portal_account", action "create"; never a hash), all in one transaction.
    /// `account.id` is assigned and its `createdAt` and `passwordChangedAt` are set to `at`.
    /// Throws ``PortalStoreError/keyUnavailable`` if the key was used, expired or revoked meanwhile (or is not
    /// the account's person's key), ``PortalStoreError/registrationUnavailable`` if the registration is unknown in
    /// the fund or already complete, and `StorageError.duplicateKey` if the email or the person already has an
    /// account; then nothing changes.
    func completeRegistration(registrationID: Int64, activationKeyID: Int64, account: PortalAccount,
                              recoveryCodeHashes: [String], at: Timestamp, actor: Actor) async throws -> PortalAccount
    /// The account with this email (ignoring case and surrounding spaces), across the instance.
    func find(email: String) async throws -> PortalAccount?
    func get(id: Int64) async throws -> PortalAccount?
    func account(fundID: Int64, personID: Int64) async throws -> PortalAccount?
    /// AUTH-12 replay protection: records `step` as the last TOTP step used only if none is recorded or the
    /// recorded one is lower (one compare-and-set UPDATE); false when the step was replayed or raced.
    func useTOTPStep(accountID: Int64, step: Int64) async throws -> Bool
    /// Sets or clears the sealed TOTP secret and the second factor, audited (the secret never is).
    func setTOTP(accountID: Int64, sealedSecret: String?, secondFactor: SecondFactor, actor: Actor) async throws
    /// Replaces the password hash, audited as "password changed" (the hash never is).
    func setPassword(accountID: Int64, passwordHash: String, at: Timestamp, actor: Actor) async throws
    /// Changes the sign-in email, audited before and after; `StorageError.duplicateKey` if another account has it.
    func setEmail(accountID: Int64, email: String, actor: Actor) async throws
    func recordSignIn(accountID: Int64, at: Timestamp) async throws
    /// Enables or disables the account, audited.
    func setStatus(accountID: Int64, status: PortalAccountStatus, actor: Actor) async throws
    /// AUTH-13: marks the code used if it exists and is unused; true when it was consumed now.
    func consumeRecoveryCode(accountID: Int64, codeHash: String, at: Timestamp) async throws -> Bool
    /// Replaces every recovery code of the account with `codeHashes`, audited (by count, never the hashes).
    func replaceRecoveryCodes(accountID: Int64, codeHashes: [String], actor: Actor) async throws
    func unusedRecoveryCodeCount(accountID: Int64) async throws -> Int
    /// Accounts of a fund, for staff, in id order after `after`, at most `limit`.
    func list(fundID: Int64, after: Int64, limit: Int) async throws -> [PortalAccount]
}
