import Foundation
import LGPSRules
import Testing
@testable import LGPSPortal

/// The fund's portal settings (AUTH-9 lifetimes, VAL-1 validation, VAL-7 strict decoding).
@Suite struct PortalSettingsTests {
    @Test("The defaults: who may register, dependants from 18, staff-checked bank changes, 60 days, 30 minutes")
    func defaults() {
        let settings = PortalSettings.standard
        #expect(settings.registrableStatuses == [.active, .deferred, .pensioner, .dependant, .pensionCredit])
        #expect(settings.dependantMinimumAge == 18)
        #expect(settings.bankDetails == .staffTask)
        #expect(settings.cetvStatuses == [.deferred])
        #expect(settings.showsAnnualAllowance)
        #expect(settings.postalKeyLifetimeDays == 60)
        #expect(settings.emailLinkLifetimeMinutes == 30)
        #expect(settings.validated().isEmpty)
    }

    @Test("Settings saved by an older version, with keys missing, decode with the defaults")
    func olderJSON() throws {
        let json = #"{"bankDetails": "apply_directly", "postalKeyLifetimeDays": 90}"#
        let settings = try JSONDecoder().decode(PortalSettings.self, from: Data(json.utf8))
        var expected = PortalSettings.standard
        expected.bankDetails = .applyDirectly
        expected.postalKeyLifetimeDays = 90
        #expect(settings == expected)
        #expect(try JSONDecoder().decode(PortalSettings.self, from: Data("{}".utf8)) == .standard)
    }

    @Test("VAL-7: a present key with an unknown value is an error, not a default")
    func strictValues() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(PortalSettings.self, from: Data(#"{"bankDetails": "sometimes"}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(PortalSettings.self, from: Data(#"{"cetvStatuses": ["retired"]}"#.utf8))
        }
    }

    @Test("Encoding and decoding give the same settings")
    func roundTrip() throws {
        let settings = PortalSettings(registrableStatuses: [.pensioner], dependantMinimumAge: 16,
                                      bankDetails: .off, cetvStatuses: [], showsAnnualAllowance: false,
                                      postalKeyLifetimeDays: 7, emailLinkLifetimeMinutes: 1_440,
                                      helpText: "Ring us", contactText: "01234 567890")
        let data = try JSONEncoder().encode(settings)
        #expect(try JSONDecoder().decode(PortalSettings.self, from: data) == settings)
        #expect(String(decoding: data, as: UTF8.self).contains(#""bankDetails":"off""#))
    }

    @Test("AUTH-9, VAL-1: every out-of-range setting is named, with a message")
    func validation() {
        let settings = PortalSettings(registrableStatuses: [], dependantMinimumAge: 12, cetvStatuses: [.deferred],
                                      postalKeyLifetimeDays: 181, emailLinkLifetimeMinutes: 9,
                                      helpText: "  ", contactText: String(repeating: "x", count: 2_001))
        let problems = settings.validated()
        #expect(problems.map(\.field) == ["registrableStatuses", "dependantMinimumAge", "cetvStatuses",
                                          "postalKeyLifetimeDays", "emailLinkLifetimeMinutes", "helpText",
                                          "contactText"])
        #expect(problems[3].message == "Postal activation keys must last between 7 and 180 days")
        #expect(problems[4].message == "Email links must last between 10 and 1,440 minutes")
        #expect(problems[6].message == "Contact details must be 2,000 characters or fewer")
    }

    @Test("AUTH-9: the limits of each range are allowed")
    func rangeLimits() {
        for (days, minutes, age) in [(7, 10, 13), (180, 1_440, 23)] {
            let settings = PortalSettings(dependantMinimumAge: age, postalKeyLifetimeDays: days,
                                          emailLinkLifetimeMinutes: minutes)
            #expect(settings.validated().isEmpty)
        }
    }
}
