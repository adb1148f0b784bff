/// The member portal's account rules, with no HTTP and no SQL (security checklist AUTH-, SESS-, CRYPTO- items):
/// - passwords: `PasswordPolicy` (AUTH-1 to AUTH-6), `PasswordHasher` (AUTH-14, CRYPTO-1);
/// - second factors: `TOTPSecret` and `TOTPVerifier` (AUTH-12), `EmailCode` and `RecoveryCodes` (AUTH-13);
/// - registration: `ActivationKey` (AUTH-9), `RegistrationIdentity` (AUTH-10);
/// - throttling: `SignInThrottle` (AUTH-8);
/// - data at rest: `FieldCipher` (CRYPTO-3), `BankAccountDetails` (VAL-1);
/// - the fund's choices: `PortalSettings`.
/// Time is always an argument (`Timestamp`); nothing here reads a clock.
public enum LGPSPortal {}
