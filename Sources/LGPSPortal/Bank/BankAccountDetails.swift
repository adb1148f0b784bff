/// A UK bank account for paying a pension (VAL-1; sealed at rest with `FieldCipher`, CRYPTO-3; a change is
/// notified, AUTH-18). Values are only made by `parse`, so they are always well formed.
///
/// The shape is checked, not the account: a sort code and account number modulus check needs Vocalink's weight
/// table (`valacdos.txt`), which is licensed and not available offline here, so a number with the right shape may
/// still not exist. Staff checks (`BankDetailsMode.staffTask`) or a bank account validation service cover that.
public struct BankAccountDetails: Sendable, Codable, Equatable {
    /// Digits in a sort code.
    public static let sortCodeDigits = 6
    /// Digits in an account number.
    public static let accountNumberDigits = 8
    /// Longest name on the account, in characters.
    public static let maximumNameLength = 70
    /// Digits in each group of a printed sort code.
    static let sortCodeGroupDigits = 2
    /// Digits shown when an account number is masked.
    public static let visibleDigits = 4

    /// The name on the account, with spaces tidied.
    public let accountName: String
    /// Six digits, without separators (`123456`).
    public let sortCode: String
    /// Eight digits (`12345678`).
    public let accountNumber: String

    /// Details already checked by `parse`.
    init(accountName: String, sortCode: String, accountNumber: String) {
        self.accountName = accountName
        self.sortCode = sortCode
        self.accountNumber = accountNumber
    }

    /// The sort code as printed on a bank card: `12-34-56`.
    public var formattedSortCode: String {
        Crockford.chunks(of: sortCode, size: Self.sortCodeGroupDigits).joined(separator: "-")
    }

    /// The account number with all but its last 4 digits hidden (`****5678`), for pages, emails and logs (DATA-3).
    public var maskedAccountNumber: String {
        String(repeating: "*", count: accountNumber.count - Self.visibleDigits)
            + accountNumber.suffix(Self.visibleDigits)
    }
}
