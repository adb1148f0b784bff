/// The fund's contact details as the templates show them. A website becomes a link only when it is an
/// `https://` or `http://` address, so a mistyped setting cannot become a script link.
/// - Standard: security-reliability VAL-6 (output encoding: no untrusted URL schemes in links).
struct FundView: Sendable, Hashable {
    var name: String
    var addressLines: [String]
    var hasAddress: Bool
    var emailAddress: String?
    var phoneNumber: String?
    var websiteLink: String?
    var websiteText: String?

    init(_ fund: StatementFund) {
        name = fund.name
        addressLines = fund.addressLines.filter { !$0.isEmpty }
        hasAddress = !addressLines.isEmpty
        emailAddress = fund.email.flatMap { $0.isEmpty ? nil : $0 }
        phoneNumber = fund.phone.flatMap { $0.isEmpty ? nil : $0 }
        let website = fund.website.flatMap { $0.isEmpty ? nil : $0 }
        let isWebAddress = website.map { $0.lowercased().hasPrefix("https://") || $0.lowercased().hasPrefix("http://") } ?? false
        websiteLink = isWebAddress ? website : nil
        websiteText = isWebAddress ? nil : website
    }
}
