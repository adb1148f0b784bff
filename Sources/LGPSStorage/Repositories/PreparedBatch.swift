/// A ``LoadBatch`` checked and flattened into table rows and pending audit entries, ready for one write.
public struct PreparedBatch: Sendable {
    let people: InsertRows
    let nominations: InsertRows
    let records: RecordRowSet
    let audits: [PendingAudit]
}
