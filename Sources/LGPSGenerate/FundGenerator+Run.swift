import LGPSRules
import LGPSStorage

extension FundGenerator {
    /// Creates the fund and its employers, then writes every person in batches through `loader`, generating and
    /// preparing the rows of the next batch while the previous one is being written. Ids for a batch are reserved before its write
    /// begins, so the generator never waits on a write to learn them. Holds at most two batches at a time.
    ///
    /// Fails with `GenerationError.fundAlreadyExists` when a fund with `fundCode` exists (it never adds to an
    /// existing fund). `progress` is called after each batch is written.
    public func run(into loader: any BulkLoader, funds: any FundRepository, employers: any EmployerRepository,
                    actor: Actor = .system("generate"),
                    progress: @Sendable (GenerationProgress) -> Void = { _ in }) async throws -> GenerationSummary {
        if try await funds.get(code: fundCode) != nil { throw GenerationError.fundAlreadyExists(code: fundCode) }
        let fund = try await funds.create(code: fundCode, name: fundName, actor: actor)
        var stored: [Employer] = []
        stored.reserveCapacity(catalogue.drafts.count)
        for draft in employerDrafts(fundID: fund.id) { stored.append(try await employers.create(draft, actor: actor)) }
        var summary = GenerationSummary(fund: fund, employers: stored.count)
        let storedEmployers = stored
        let firstIDs = try await reserve(batch: 0, loader: loader)
        var pending = generateBatch(index: 0, fundID: fund.id, employers: storedEmployers,
                                    firstPersonID: firstIDs.person, firstRecordID: firstIDs.record)
        var pendingRows = try loader.prepare(pending)
        for index in 0..<batchCount {
            let current = pending, currentRows = pendingRows
            let hasNext = index + 1 < batchCount
            let nextIDs = hasNext ? try await reserve(batch: index + 1, loader: loader) : nil
            async let written: Void = loader.write(currentRows, actor: actor)
            if let nextIDs {
                pending = generateBatch(index: index + 1, fundID: fund.id, employers: storedEmployers,
                                        firstPersonID: nextIDs.person, firstRecordID: nextIDs.record)
                pendingRows = try loader.prepare(pending)
            }
            try await written
            summary.include(current)
            progress(GenerationProgress(peopleDone: summary.people, peopleTotal: members, recordsDone: summary.records,
                                        rowsDone: summary.rows, batchesDone: index + 1, batchCount: batchCount))
        }
        return summary
    }

    /// Generates `members` people into a fund named `fundName` with this generator's seed, as-at date and batch
    /// size (see `run(into:funds:employers:actor:progress:)`). Throws `GenerationError` for an impossible request.
    public func run(members: Int, into loader: any BulkLoader, funds: any FundRepository,
                    employers: any EmployerRepository, fundName: String = FundGenerator.defaultFundName,
                    actor: Actor = .system("generate"),
                    progress: @Sendable (GenerationProgress) -> Void = { _ in }) async throws -> GenerationSummary {
        let sized = try FundGenerator(seed: seed, members: members, fundName: fundName, asAt: asAt, batchSize: batchSize)
        return try await sized.run(into: loader, funds: funds, employers: employers, actor: actor, progress: progress)
    }

    /// Reserves the person and record ids for batch `index`.
    func reserve(batch index: Int, loader: any BulkLoader) async throws -> (person: Int64, record: Int64) {
        let person = try await loader.reserveIDs(table: .person, count: peopleRange(batch: index).count)
        let record = try await loader.reserveIDs(table: .record, count: recordCount(batch: index))
        return (person, record)
    }
}
