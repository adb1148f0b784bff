import Foundation

extension DocumentStore {
    /// A file in the store: its key (or the name of a leftover partial write) and when it was last written.
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var modified: Timestamp
    }

    /// Every file in the directory (none when it does not exist yet).
    public func entries() throws -> [Entry] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return try names.sorted().compactMap { name in
            let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/" + name)
            guard attributes[.type] as? FileAttributeType == .typeRegular,
                  let date = attributes[.modificationDate] as? Date else { return nil }
            return Entry(name: name, modified: Timestamp(microseconds: Int64(date.timeIntervalSince1970 * 1_000_000)))
        }
    }

    /// Removes files no row refers to — an upload whose transaction failed after its file was written and the
    /// process stopped before removing it, or a partial write — when written before `cutoff`, so an upload still
    /// in flight is left alone. Only names this store makes are touched. Returns the names removed.
    public func sweep(known: Set<String>, writtenBefore cutoff: Timestamp) throws -> [String] {
        var removed: [String] = []
        for entry in try entries() where entry.modified < cutoff && !known.contains(entry.name) {
            let partial = entry.name.hasSuffix(Self.partialSuffix)
            guard Self.isKey(partial ? String(entry.name.dropLast(Self.partialSuffix.count)) : entry.name) else { continue }
            unlink(directory + "/" + entry.name)
            removed.append(entry.name)
        }
        return removed
    }
}
