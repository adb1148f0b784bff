import LGPSRules
import LGPSStorage

/// The batches of a run, generated one at a time as the sequence is iterated (only one batch is held).
public struct GeneratedBatches: Sequence, Sendable {
    /// The generator producing the batches.
    public let generator: FundGenerator
    /// The fund id written on every record.
    public let fundID: Int64
    /// The employers with the ids the records refer to.
    public let employers: [Employer]

    /// Iterates the batches in order, numbering people and records consecutively from 1.
    public struct Iterator: IteratorProtocol {
        let batches: GeneratedBatches
        var index = 0
        var nextPersonID: Int64 = 1
        var nextRecordID: Int64 = 1

        /// The next batch, or `nil` after the last.
        public mutating func next() -> LoadBatch? {
            guard index < batches.generator.batchCount else { return nil }
            let batch = batches.generator.generateBatch(index: index, fundID: batches.fundID,
                                                        employers: batches.employers, firstPersonID: nextPersonID,
                                                        firstRecordID: nextRecordID)
            index += 1
            nextPersonID += Int64(batch.people.count)
            nextRecordID += Int64(batch.records.count)
            return batch
        }
    }

    /// A fresh iterator from the first batch.
    public func makeIterator() -> Iterator { Iterator(batches: self) }
}
