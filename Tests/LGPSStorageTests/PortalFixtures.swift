import LGPSRules
@testable import LGPSStorage

/// Small factories for the portal storage tests: a fund whose people each hold one record in a chosen status,
/// accounts ready to register, and registrations completed end to end.
enum PortalFixtures {
    /// A member acting in the portal.
    static let member = LGPSStorage.Actor(id: "portal-registration", channel: .portal)
    /// One day in microseconds.
    static let day: Int64 = 86_400_000_000
    /// A moment in the tests' world (the test clock's start).
    static let now = TestDatabase.start

    /// How many write transactions a test races on one database. On SQLite two: a writer waiting in
    /// `BEGIN IMMEDIATE` sleeps on a thread of the shared two-thread NIO pool, so more waiters than threads would
    /// leave the lock holder no thread for its next statement until the busy timeout.
    static func racingTransactions(_ backend: Backend) -> Int { backend == .sqlite ? 2 : 4 }

    /// A fund with one person per status, each holding one record whose current status is that status.
    static func fund(_ db: Database, code: String = "TST", statuses: [MemberStatus]) async throws
        -> (fund: Fund, people: [Int64]) {
        let fund = try await Fixtures.fund(db, code: code)
        let employer = try await db.repositories.employers.create(Fixtures.employer(fundID: fund.id),
                                                                  actor: Fixtures.staff)
        var people: [Int64] = []
        for (index, status) in statuses.enumerated() {
            let person = try await db.repositories.people.create(
                Fixtures.person(fundID: fund.id, forenames: "Member \(index)", nino: nil), actor: Fixtures.staff)
            var member = Fixtures.memberRecord(fundID: fund.id, personID: person.id, employerID: employer.id,
                                               memberNumber: "M\(code)\(index)", payroll: "PAY-\(index)")
            member.record.statusHistory = [StatusPeriod(status: status, from: CalendarDate(2020, 4, 1), to: nil)]
            _ = try await db.repositories.records.create(member, actor: Fixtures.staff)
            people.append(person.id)
        }
        return (fund, people)
    }

    /// An account to register (id and times are assigned on completion).
    static func account(fundID: Int64, personID: Int64, email: String) -> PortalAccount {
        PortalAccount(id: 0, fundID: fundID, personID: personID, email: email, passwordHash: "$2b$12$passwordhash",
                      secondFactor: .email, createdAt: now, passwordChangedAt: now)
    }

    /// Issues a key to the person, starts a registration and completes it.
    static func register(_ db: Database, fundID: Int64, personID: Int64, email: String,
                         recoveryCodeHashes: [String] = ["rc-hash-1", "rc-hash-2"]) async throws -> PortalAccount {
        let key = try await db.repositories.activationKeys.createKey(
            fundID: fundID, personID: personID, keyHash: "key-hash-\(personID)-\(email)",
            expiresAt: Timestamp(microseconds: now.microseconds + 30 * day), at: now, actor: Fixtures.staff)
        let registration = try await db.repositories.registrations.start(fundID: fundID,
                                                                         tokenHash: "token-\(personID)-\(email)",
                                                                         at: now)
        return try await db.repositories.portalAccounts.completeRegistration(
            registrationID: registration.id, activationKeyID: key.id,
            account: account(fundID: fundID, personID: personID, email: email),
            recoveryCodeHashes: recoveryCodeHashes, at: now, actor: member)
    }

    /// Every audit entry's before and after text for the entity, oldest first.
    static func auditTexts(_ db: Database, fundID: Int64, entity: String, id: Int64) async throws -> [String] {
        try await db.repositories.audit.history(fundID: fundID, entity: entity, entityID: id, limit: 100)
            .reversed().map { ($0.before ?? "") + ($0.after ?? "") }
    }
}
