import LGPSPortal
import LGPSRules
import LGPSStorage

/// Issues activation keys (AUTH-9): in bulk for a mailing — everyone of the chosen statuses without an account or
/// a live key — or one at a time. Keys come from a CSPRNG, only their hashes are stored, and each expires on the
/// date the fund chose for that mailing. The plain keys are returned once, for the letters.
public struct ActivationKeyIssuer: Sendable {
    /// A key to print in one member's letter.
    public struct Letter: Sendable, Equatable {
        public var person: Person
        public var key: String
        public var expiresOn: CalendarDate
    }

    let portal: PortalServices
    let people: any PersonRepository

    /// People read per query while choosing who gets a key.
    static let pageSize = 1_000

    public init(portal: PortalServices, people: any PersonRepository) {
        self.portal = portal
        self.people = people
    }

    /// A mailing: keys for up to `limit` people holding a record with one of `statuses`, expiring at the end of
    /// `expiresOn` (UK time is close enough to the end of that UTC day for a letter's "use by" date).
    public func mailing(fundID: Int64, statuses: [MemberStatus], expiresOn: CalendarDate, limit: Int,
                        description: String, now: Timestamp, actor: Actor) async throws
        -> (mailing: ActivationMailing, letters: [Letter]) {
        var chosen: [Int64] = []
        var after: Int64 = 0
        while chosen.count < limit {
            let page = try await portal.activationKeys.peopleWithoutAccounts(
                fundID: fundID, statuses: statuses.map(\.rawValue), excludingLiveKeysAt: now, after: after,
                limit: min(Self.pageSize, limit - chosen.count))
            guard let last = page.last else { break }
            chosen += page
            after = last
        }
        let expires = Self.endOfDay(expiresOn)
        var letters: [Letter] = []
        var keys: [(personID: Int64, keyHash: String)] = []
        for start in stride(from: 0, to: chosen.count, by: Self.pageSize) {
            let ids = Array(chosen[start..<min(start + Self.pageSize, chosen.count)])
            for person in try await people.getMany(fundID: fundID, ids: ids) {
                let key = ActivationKey.generate()
                letters.append(Letter(person: person, key: key, expiresOn: expiresOn))
                keys.append((person.id, ActivationKey.hash(key)))
            }
        }
        let mailing = try await portal.activationKeys.createMailing(
            fundID: fundID, description: description, statusFilter: statuses.map(\.rawValue).joined(separator: ","),
            expiresAt: expires, keys: keys, at: now, actor: actor)
        return (mailing, letters)
    }

    /// One key for one person (replacing any earlier unused key).
    public func single(fundID: Int64, personID: Int64, expiresOn: CalendarDate, now: Timestamp,
                       actor: Actor) async throws -> Letter? {
        guard let person = try await people.get(fundID: fundID, id: personID) else { return nil }
        let key = ActivationKey.generate()
        _ = try await portal.activationKeys.createKey(fundID: fundID, personID: personID,
                                                      keyHash: ActivationKey.hash(key),
                                                      expiresAt: Self.endOfDay(expiresOn), at: now, actor: actor)
        return Letter(person: person, key: key, expiresOn: expiresOn)
    }

    /// 23:59:59 UTC on `date`.
    static func endOfDay(_ date: CalendarDate) -> Timestamp {
        let days = Int64(CalendarDate(1970, 1, 1).days(until: date)) + 1
        return Timestamp(microseconds: days * 86_400_000_000 - 1_000_000)
    }
}
