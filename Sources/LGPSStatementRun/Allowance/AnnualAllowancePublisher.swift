import LGPSRules
import LGPSStorage

/// Works out and publishes a fund's annual allowance history for a tax year: the pension input amount of every
/// record with active membership in the year (``MemberCalculator/pensionInput(_:facts:taxYear:)``), stored so the
/// member portal shows it with a read. Publishing a year again replaces its figures; records that cannot be
/// worked out are reported, not published.
public struct AnnualAllowancePublisher: Sendable {
    /// What a publication did.
    public struct Outcome: Sendable, Equatable {
        /// Records with figures published.
        public var published = 0
        /// Of those, records whose pension input amount is more than the standard allowance (a pension savings
        /// statement is due by 6 October).
        public var overAllowance = 0
        /// Records read that had no active membership in the tax year.
        public var notApplicable = 0
        /// Records that could not be worked out, with the reason.
        public var failures: [Failure] = []
    }

    /// A record that could not be worked out.
    public struct Failure: Sendable, Equatable {
        public var recordID: Int64
        public var reason: String
    }

    let database: Database
    let calculator: MemberCalculator
    let clock: any WallClock
    let actor: Actor
    /// Records read and written per transaction.
    let batchSize: Int

    public init(database: Database, parameters: SchemeParameters, clock: any WallClock, actor: Actor,
                batchSize: Int = 500) {
        self.database = database
        self.calculator = MemberCalculator(parameters: parameters)
        self.clock = clock
        self.actor = actor
        self.batchSize = batchSize
    }

    /// Publishes `taxYear` for every record of the fund (or just `recordIDs`), calling `progress` with the number of
    /// records read so far after each batch.
    public func publish(fundID: Int64, taxYear: TaxYear, recordIDs: [Int64]? = nil,
                        progress: @Sendable (Int) -> Void = { _ in }) async throws -> Outcome {
        var outcome = Outcome()
        var read = 0
        var after: Int64 = 0
        var pending = recordIDs.map { Array($0.sorted()) }
        while true {
            let batch: [Int64]
            if let rest = pending {
                batch = Array(rest.prefix(batchSize))
                pending = Array(rest.dropFirst(batch.count))
            } else {
                batch = try await database.repositories.records.ids(fundID: fundID, after: after, limit: batchSize)
            }
            guard let last = batch.last else { break }
            after = last
            try await publishBatch(batch, fundID: fundID, taxYear: taxYear, into: &outcome)
            read += batch.count
            progress(read)
        }
        return outcome
    }

    private func publishBatch(_ ids: [Int64], fundID: Int64, taxYear: TaxYear, into outcome: inout Outcome) async throws {
        let repositories = database.repositories
        let members = try await repositories.records.getMany(fundID: fundID, ids: ids)
        let people = Dictionary(try await repositories.people.getMany(
            fundID: fundID, ids: Array(Set(members.map(\.record.personID))).sorted()).map { ($0.id, $0) },
                                uniquingKeysWith: { first, _ in first })
        let now = clock.now()
        var figures: [PublishedPensionInput] = []
        for member in members {
            guard let person = people[member.record.personID] else { continue }
            do {
                guard let year = try calculator.pensionInput(member, facts: MemberFacts(person: person),
                                                             taxYear: taxYear) else {
                    outcome.notApplicable += 1
                    continue
                }
                figures.append(PublishedPensionInput(fundID: fundID, personID: person.id, recordID: member.record.id,
                                                     year: year, publishedAt: now, publishedBy: actor.id))
                if year.exceedsStandardAllowance { outcome.overAllowance += 1 }
            } catch {
                outcome.failures.append(Failure(recordID: member.record.id, reason: "\(error)"))
            }
        }
        try await repositories.annualAllowance.publish(figures, actor: actor)
        outcome.published += figures.count
    }
}
