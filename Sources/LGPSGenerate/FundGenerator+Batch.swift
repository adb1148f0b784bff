import LGPSRules
import LGPSStorage

extension FundGenerator {
    /// The fund's employers, in creation order, with `id` 0 (storage assigns ids) and `fundID` set.
    public func employerDrafts(fundID: Int64) -> [Employer] {
        catalogue.drafts.map { draft in
            var employer = draft
            employer.fundID = fundID
            return employer
        }
    }

    /// How many pension records batch `index` holds (to reserve record ids before generating it).
    public func recordCount(batch index: Int) -> Int {
        peopleRange(batch: index).reduce(0) { $0 + PersonAssembler.recordCount(index: $1, seed: seed) }
    }

    /// Generates batch `index` without any storage: people with ids from `firstPersonID`, records with ids from
    /// `firstRecordID` (exactly `recordCount(batch:)` of them), for `employers` in `employerDrafts` order with
    /// their stored ids. Pure: the same arguments always give the same batch.
    public func generateBatch(index: Int, fundID: Int64, employers: [Employer], firstPersonID: Int64,
                              firstRecordID: Int64) -> LoadBatch {
        precondition(employers.count == catalogue.drafts.count, "employers must be the stored employerDrafts")
        let context = GenerationContext(seed: seed, asAt: asAt.dayNumber, county: county, fundID: fundID,
                                        catalogue: catalogue, employerIDs: employers.map(\.id))
        let range = peopleRange(batch: index)
        var batch = LoadBatch(people: [], nominations: [], records: [])
        batch.people.reserveCapacity(range.count)
        batch.records.reserveCapacity(range.count + range.count / 8)
        batch.nominations.reserveCapacity(range.count)
        var nextRecordID = firstRecordID
        for (offset, personIndex) in range.enumerated() {
            PersonAssembler.append(index: personIndex, personID: firstPersonID + Int64(offset),
                                   nextRecordID: &nextRecordID, context: context, to: &batch)
        }
        return batch
    }

    /// Every batch of the run, generated lazily without storage, with employer ids 1, 2, ... and person and
    /// record ids counting from 1 (for tests, benchmarks and exports).
    public func batches(fundID: Int64 = 1) -> GeneratedBatches {
        var employers = employerDrafts(fundID: fundID)
        for index in employers.indices { employers[index].id = Int64(index + 1) }
        return GeneratedBatches(generator: self, fundID: fundID, employers: employers)
    }
}
