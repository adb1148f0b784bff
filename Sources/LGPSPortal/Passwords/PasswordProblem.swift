/// Why a new password is refused, with the message to show beside the field (AUTH-1, AUTH-2, AUTH-6).
public enum PasswordProblem: Error, Equatable, Sendable {
    /// Fewer characters than the minimum (AUTH-1).
    case tooShort(minimum: Int)
    /// More UTF-8 bytes than the maximum (AUTH-2).
    case tooLong(maximumBytes: Int)
    /// On the list of common and breached passwords (AUTH-6).
    case common
    /// Contains a word about the service, such as the fund's name (AUTH-6).
    case containsWord(String)
    /// Contains the person's email address, or the part of it before the @ (AUTH-6).
    case containsEmail

    /// The error message, in GOV.UK style.
    public var message: String {
        switch self {
        case .tooShort(let minimum):
            return "Your password must be \(NumberText.grouped(minimum)) characters or more"
        case .tooLong(let maximumBytes):
            let limit = NumberText.grouped(maximumBytes)
            return "Your password must be \(limit) bytes or fewer (\(limit) characters if you only use letters, "
                + "numbers and symbols from a UK keyboard)"
        case .common:
            return "Choose a password that is harder to guess: this one is very common"
        case .containsWord(let word):
            return "Your password must not contain \u{2018}\(word)\u{2019}"
        case .containsEmail:
            return "Your password must not contain your email address, or the part of it before the @"
        }
    }
}
