/// The administering authority's name and contact details, printed on every statement so members know whom to
/// contact (Part 3 (f), (x), (z) all send the member to the fund).
/// - Source: LGA annual benefit statements guide, Part 3 (f), (h), (x), (z) [seed 001].
public struct StatementFund: Sendable, Hashable, Codable {
    public var name: String
    /// Postal address, one line each (postcode last).
    public var addressLines: [String]
    public var email: String?
    public var phone: String?
    /// The fund's website, `https://...`.
    public var website: String?

    public init(name: String, addressLines: [String] = [], email: String? = nil, phone: String? = nil,
                website: String? = nil) {
        self.name = name
        self.addressLines = addressLines
        self.email = email
        self.phone = phone
        self.website = website
    }
}
