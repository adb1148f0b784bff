import LGPSRules

/// One series after every directory has been read: the bundled file plus any fund files at the same path.
/// A fund file's value at a date replaces the bundled value at that date; values at new dates are added.
struct MergedSeries {
    let path: String
    var description = ""
    var unit: UnitDeclaration?
    var files: [String] = []
    var entries: [String: SeriesEntry] = [:]
    var rows: [SeriesEntry]?
    var lastValueStillValidOn: CalendarDate?

    init(path: String) { self.path = path }

    /// Adds what `file` says on top of what earlier directories said.
    mutating func merge(_ file: SeriesFile, from name: String) {
        files.append(name)
        if let text = file.description { description = text }
        if let declared = file.unit { unit = declared }
        if let valid = file.lastValueStillValidOn { lastValueStillValidOn = valid }
        for entry in file.entries { entries[entry.label] = entry }
        if let newRows = file.rows {
            var merged = rows ?? []
            for row in newRows {
                if let index = merged.firstIndex(where: { $0.label == row.label }) { merged[index] = row } else {
                    merged.append(row)
                }
            }
            rows = merged
        }
    }

    /// Entries in date order (rows in file order).
    var ordered: [SeriesEntry] {
        rows ?? entries.values.sorted { ($0.date ?? CalendarDate(1, 1, 1)) < ($1.date ?? CalendarDate(1, 1, 1)) }
    }

    var info: ParameterSeriesInfo {
        ParameterSeriesInfo(path: path, description: description, unit: unit?.description ?? "", files: files,
                            entries: ordered.map(\.info), lastValueStillValidOn: lastValueStillValidOn)
    }
}
