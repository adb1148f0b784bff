import LGPSGenerate
import LGPSRules
import LGPSStorage

/// A generated fund shared by the shape and consistency tests: 5,000 people, seed 2026, as at 31 March 2026.
enum Sample {
    static let asAt = CalendarDate(2026, 3, 31)
    static let generator = try! FundGenerator(seed: 2026, members: 5_000, asAt: asAt)
    static let batches: [LoadBatch] = Array(generator.batches())
    static let people: [Person] = batches.flatMap(\.people)
    static let records: [MemberRecord] = batches.flatMap(\.records)
    static let nominations: [(personID: Int64, nomination: Nomination)] = batches.flatMap(\.nominations)
    static let peopleByID: [Int64: Person] = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
    static let summary: GenerationSummary = {
        var summary = GenerationSummary(fund: Fund(id: 1, code: generator.fundCode, name: generator.fundName),
                                        employers: generator.employerDrafts(fundID: 1).count)
        for batch in batches { summary.include(batch) }
        return summary
    }()

    /// Records that are membership of a post (not a dependant's pension or a pension credit).
    static var membershipRecords: [MemberRecord] {
        records.filter { record in
            guard let first = record.record.statusHistory.first?.status else { return false }
            return first == .active || first == .councillor
        }
    }

    /// FNV-1a over the text of every generated value: equal digests mean equal output.
    static func digest(_ batches: [LoadBatch]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for batch in batches {
            let text = "\(batch.people)|\(batch.records)|\(batch.nominations.map { "\($0.personID):\($0.nomination)" })"
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        return hash
    }
}
