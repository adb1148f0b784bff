extension BankAccountDetails {
    /// The JSON keys.
    enum CodingKeys: String, CodingKey {
        case accountName, sortCode, accountNumber
    }

    /// Decodes stored details and checks them again with `parse`, so a damaged or hand-edited value is an error
    /// rather than a malformed account (VAL-1, VAL-7).
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        let parsed = BankAccountDetails.parse(
            accountName: try values.decode(String.self, forKey: .accountName),
            sortCode: try values.decode(String.self, forKey: .sortCode),
            accountNumber: try values.decode(String.self, forKey: .accountNumber))
        switch parsed {
        case .success(let details):
            self = details
        case .failure(let problems):
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: problems.problems.map(\.message).joined(separator: "; ")))
        }
    }
}
