import LGPSGenerate
import LGPSRules
import LGPSStorage
import Testing

@Suite("Determinism")
struct DeterminismTests {
    static func run(seed: UInt64, batchSize: Int = 400) throws -> [LoadBatch] {
        Array(try FundGenerator(seed: seed, members: 1_000, asAt: CalendarDate(2026, 3, 31), batchSize: batchSize).batches())
    }

    @Test("The same seed generates identical batches")
    func sameSeedSameFund() throws {
        let first = try Self.run(seed: 7)
        let second = try Self.run(seed: 7)
        #expect(Sample.digest(first) == Sample.digest(second))
        #expect(first.flatMap(\.people) == second.flatMap(\.people))
        #expect(first.flatMap(\.records) == second.flatMap(\.records))
    }

    @Test("A different seed generates a different fund")
    func differentSeedDifferentFund() throws {
        #expect(Sample.digest(try Self.run(seed: 7)) != Sample.digest(try Self.run(seed: 8)))
    }

    @Test("The batch size groups people differently but does not change them")
    func batchSizeDoesNotChangePeople() throws {
        let small = try Self.run(seed: 11, batchSize: 128)
        let large = try Self.run(seed: 11, batchSize: 1_000)
        #expect(small.count == 8 && large.count == 1)
        #expect(small.flatMap(\.people) == large.flatMap(\.people))
        #expect(small.flatMap(\.records) == large.flatMap(\.records))
    }

    @Test("A batch generated on its own equals the same batch of a whole run")
    func batchGeneratedAloneMatchesRun() throws {
        let generator = try FundGenerator(seed: 5, members: 1_000, batchSize: 300)
        let whole = Array(generator.batches())
        let sequence = generator.batches()
        let firstPerson = Int64(whole[0].people.count + whole[1].people.count + 1)
        let firstRecord = Int64(whole[0].records.count + whole[1].records.count + 1)
        let alone = generator.generateBatch(index: 2, fundID: 1, employers: sequence.employers,
                                            firstPersonID: firstPerson, firstRecordID: firstRecord)
        #expect(alone.people == whole[2].people)
        #expect(alone.records == whole[2].records)
        #expect(generator.recordCount(batch: 2) == whole[2].records.count)
    }

    @Test("The as-at date is an argument: nothing generated is dated after it")
    func nothingAfterAsAt() throws {
        let asAt = CalendarDate(2024, 3, 31)
        let batches = Array(try FundGenerator(seed: 3, members: 600, asAt: asAt).batches())
        for item in batches.flatMap(\.records) {
            #expect(item.record.statusHistory.allSatisfy { $0.from <= asAt })
            #expect(item.careYears.allSatisfy { $0.schemeYear.start <= asAt })
            #expect(item.record.pensionableStart <= asAt)
        }
        #expect(batches.flatMap(\.people).allSatisfy { $0.dateOfBirth <= asAt && $0.digitalPreference.recordedOn <= asAt })
    }
}
