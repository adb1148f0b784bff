import LGPSRules
import LGPSStorage

/// What a run generated: counts by status and of every kind of row. Elapsed time is measured by the caller.
public struct GenerationSummary: Sendable, Equatable {
    /// The fund created (id 0 when the batches were generated without storage).
    public var fund: Fund
    /// Employers created.
    public var employers: Int
    /// People generated.
    public var people: Int
    /// Pension records generated (one per post).
    public var records: Int
    /// Death grant nominations generated.
    public var nominations: Int
    /// Rows of every kind: people, nominations, records and their service, breaks, added years, CARE years,
    /// debits, McCloud facts, final pay, status, section and aggregation rows.
    public var rows: Int
    /// Records by current status.
    public var recordsByStatus: [MemberStatus: Int]
    /// People holding more than one record.
    public var peopleWithSeveralPosts: Int

    /// An empty summary for `fund` with `employers` employers.
    public init(fund: Fund, employers: Int) {
        self.fund = fund
        self.employers = employers
        people = 0
        records = 0
        nominations = 0
        rows = 0
        recordsByStatus = [:]
        peopleWithSeveralPosts = 0
    }

    /// Adds a batch's counts.
    public mutating func include(_ batch: LoadBatch) {
        people += batch.people.count
        records += batch.records.count
        nominations += batch.nominations.count
        rows += GenerationSummary.rows(in: batch)
        var previousPerson: Int64 = -1
        for memberRecord in batch.records {
            if let status = memberRecord.record.currentStatus { recordsByStatus[status, default: 0] += 1 }
            if memberRecord.record.personID == previousPerson { peopleWithSeveralPosts += 1 }
            previousPerson = memberRecord.record.personID
        }
    }

    /// The number of rows a batch writes.
    public static func rows(in batch: LoadBatch) -> Int {
        var rows = batch.people.count + batch.nominations.count
        for item in batch.records {
            rows += 1 + item.service.count + item.breaks.count + item.addedYears.count + item.careYears.count
                + item.debits.count + item.mcCloudFacts.count + item.record.statusHistory.count
                + item.record.sectionHistory.count + item.record.aggregationLinks.count + item.finalPay.count
        }
        return rows
    }

    /// Share of records with `status`, in whole percent.
    public func percentOfRecords(_ status: MemberStatus) -> Int {
        records == 0 ? 0 : (recordsByStatus[status] ?? 0) * 100 / records
    }
}
