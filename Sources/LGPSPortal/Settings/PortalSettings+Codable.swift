import LGPSRules

extension PortalSettings {
    /// The JSON keys, named as the properties.
    enum CodingKeys: String, CodingKey {
        case registrableStatuses, dependantMinimumAge, bankDetails, cetvStatuses, showsAnnualAllowance
        case estimatePayGrowth, estimateInflation
        case postalKeyLifetimeDays, emailLinkLifetimeMinutes, helpText, contactText
    }

    /// Decodes stored settings; a missing key takes its default, so settings saved by an older version still
    /// load. A key that is present with the wrong type or an unknown value is an error (VAL-7).
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        let standard = PortalSettings.standard
        self.init(
            registrableStatuses: try values.decodeIfPresent([MemberStatus].self, forKey: .registrableStatuses)
                ?? standard.registrableStatuses,
            dependantMinimumAge: try values.decodeIfPresent(Int.self, forKey: .dependantMinimumAge)
                ?? standard.dependantMinimumAge,
            bankDetails: try values.decodeIfPresent(BankDetailsMode.self, forKey: .bankDetails) ?? standard.bankDetails,
            cetvStatuses: try values.decodeIfPresent([MemberStatus].self, forKey: .cetvStatuses)
                ?? standard.cetvStatuses,
            showsAnnualAllowance: try values.decodeIfPresent(Bool.self, forKey: .showsAnnualAllowance)
                ?? standard.showsAnnualAllowance,
            estimatePayGrowth: try values.decodeIfPresent(Rate.self, forKey: .estimatePayGrowth)
                ?? standard.estimatePayGrowth,
            estimateInflation: try values.decodeIfPresent(Rate.self, forKey: .estimateInflation)
                ?? standard.estimateInflation,
            postalKeyLifetimeDays: try values.decodeIfPresent(Int.self, forKey: .postalKeyLifetimeDays)
                ?? standard.postalKeyLifetimeDays,
            emailLinkLifetimeMinutes: try values.decodeIfPresent(Int.self, forKey: .emailLinkLifetimeMinutes)
                ?? standard.emailLinkLifetimeMinutes,
            helpText: try values.decodeIfPresent(String.self, forKey: .helpText) ?? standard.helpText,
            contactText: try values.decodeIfPresent(String.self, forKey: .contactText) ?? standard.contactText)
    }
}
