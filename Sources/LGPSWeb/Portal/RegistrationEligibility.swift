import LGPSPortal
import LGPSRules
import LGPSStorage

/// Whether the holder of a matched activation key may register, by the fund's settings: at least one record with
/// a status the fund lets register, and dependants old enough (the fund settings).
struct RegistrationEligibility {
    let records: any RecordRepository

    /// Why the person may not register, in words for the page; nil when they may.
    func refusal(person: Person, settings: PortalSettings, today: CalendarDate) async throws -> String? {
        let summaries = try await records.summaries(fundID: person.fundID, personID: person.id)
        let statuses = Set(summaries.compactMap(\.status))
        let allowed = statuses.intersection(settings.registrableStatuses)
        if allowed.isEmpty {
            return "You cannot create an online account for your type of pension yet. \(settings.contactText)"
        }
        if allowed == [.dependant], person.dateOfBirth.completedYears(on: today) < settings.dependantMinimumAge {
            return "You need to be \(settings.dependantMinimumAge) or older to create an online account. \(settings.contactText)"
        }
        return nil
    }
}
