extension BankAccountDetails {
    /// Field names, as in the form and the JSON.
    public enum Field {
        /// The name on the account.
        public static let accountName = "accountName"
        /// The sort code.
        public static let sortCode = "sortCode"
        /// The account number.
        public static let accountNumber = "accountNumber"
    }

    /// Punctuation allowed in the name on the account, besides letters and spaces.
    static let namePunctuation: Set<Character> = ["'", "-", ".", "&"]

    /// Shortest account number that a bank may write with fewer digits; such numbers are refused with advice.
    static let shortestBankAccountNumber = 6

    /// Checks bank details as typed (VAL-1), giving every problem at once, in form order.
    /// - Sort code: 6 digits; spaces and hyphens of any kind are ignored ("12-34-56", "12 34 56", "123456").
    /// - Account number: 8 digits once spaces are removed. A 6- or 7-digit number is refused with advice to ask
    ///   the bank: padding it with zeros is right for most banks but not all, and only the bank knows.
    /// - Name: 1 to 70 characters of letters, spaces, apostrophes, hyphens, full stops and ampersands; outer spaces
    ///   are removed, inner runs become one space, and apostrophe and hyphen look-alikes become ' and -.
    public static func parse(accountName: String, sortCode: String, accountNumber: String)
        -> Result<BankAccountDetails, BankDetailsProblems> {
        let name = tidiedName(accountName)
        let sort = sortCode.filter { !$0.isWhitespace && !TextFolding.hyphens.contains($0) }
        let number = accountNumber.filter { !$0.isWhitespace }
        let problems = [
            nameProblem(name).map { FieldProblem(field: Field.accountName, message: $0) },
            sortCodeProblem(sort).map { FieldProblem(field: Field.sortCode, message: $0) },
            accountNumberProblem(number).map { FieldProblem(field: Field.accountNumber, message: $0) },
        ].compactMap { $0 }
        guard problems.isEmpty else { return .failure(BankDetailsProblems(problems: problems)) }
        return .success(BankAccountDetails(accountName: name, sortCode: sort, accountNumber: number))
    }

    /// The name trimmed, inner whitespace runs made one space, apostrophes and hyphens made plain.
    static func tidiedName(_ text: String) -> String {
        let plain = text.map { character -> Character in
            if TextFolding.apostrophes.contains(character) { return "'" }
            return TextFolding.hyphens.contains(character) ? "-" : character
        }
        return String(plain).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The message for a bad name, if it is bad.
    private static func nameProblem(_ name: String) -> String? {
        if name.isEmpty { return "Enter the name on the account" }
        if name.count > maximumNameLength {
            return "Name on the account must be \(maximumNameLength) characters or fewer"
        }
        guard name.allSatisfy({ $0.isLetter || $0 == " " || namePunctuation.contains($0) }) else {
            return "Name on the account must only include letters, spaces, apostrophes, hyphens, full stops "
                + "and ampersands"
        }
        return nil
    }

    /// The message for a bad sort code, if it is bad.
    private static func sortCodeProblem(_ digits: String) -> String? {
        if digits.isEmpty { return "Enter a sort code" }
        guard digits.count == sortCodeDigits, digits.allSatisfy(\.isASCIIDigit) else {
            return "Enter a valid sort code like 309430"
        }
        return nil
    }

    /// The message for a bad account number, if it is bad.
    private static func accountNumberProblem(_ digits: String) -> String? {
        if digits.isEmpty { return "Enter an account number" }
        guard digits.allSatisfy(\.isASCIIDigit) else { return "Enter a valid account number like 00733445" }
        if (shortestBankAccountNumber..<accountNumberDigits).contains(digits.count) {
            return "Enter an account number with \(accountNumberDigits) digits. If yours is shorter, ask your bank "
                + "for the \(accountNumberDigits)-digit version"
        }
        guard digits.count == accountNumberDigits else {
            return "Account number must be \(accountNumberDigits) digits"
        }
        return nil
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0 to 9 (not other scripts' digits, which `isNumber` allows).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
