import LGPSRules

/// Turns merged series into typed `DatedSeries`, collecting a problem for every value that does not decode and
/// naming every series that is missing.
struct SeriesDecoder {
    let reading: ParameterReading
    var problems: [ParameterProblem] = []
    var missing: [String] = []

    init(reading: ParameterReading) { self.reading = reading }

    /// The series at `path` with each value decoded by `decode`; `nil` (and the path noted) when it is absent.
    mutating func dated<V: Sendable>(_ path: String,
                                     _ decode: (NodeCursor) throws(ParameterProblem) -> V) -> DatedSeries<V>? {
        guard let merged = reading.series[path], merged.rows == nil, !merged.entries.isEmpty else {
            missing.append(path)
            return nil
        }
        var entries: [DatedSeries<V>.Entry] = []
        for entry in merged.ordered {
            guard let date = entry.date else { continue }
            do {
                entries.append(.init(effective: date, value: try decode(entry.value), reference: entry.reference,
                                     verification: entry.verification))
            } catch {
                problems.append(error)
            }
        }
        return DatedSeries(name: path, entries: entries, lastValueStillValidOn: merged.lastValueStillValidOn)
    }

    /// The rows of a timetable file, each decoded by `decode` with its reference and verification.
    mutating func rows<V>(_ path: String,
                          _ decode: (NodeCursor, Reference, Verification) throws(ParameterProblem) -> V) -> [V]? {
        guard let merged = reading.series[path], let rows = merged.rows else {
            missing.append(path)
            return nil
        }
        var result: [V] = []
        for row in rows {
            do { result.append(try decode(row.value, row.reference, row.verification)) } catch { problems.append(error) }
        }
        return result
    }
}
