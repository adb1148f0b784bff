import LGPSRules
import Yams

/// A parameter file as written in YAML (the OpenFisca layout STYLE.md shows):
/// `description`, `values: {date: value}`, `reference: {date: {title, href}}`, `last_value_still_valid_on`.
/// This first loader reads single-series files; later issues add nested series and typed structs.
public struct ParameterFile: Sendable {
    public var description: String
    public var series: DatedSeries<String>

    struct Raw: Decodable {
        var description: String
        var values: [String: String]
        var reference: [String: Reference]
        var last_value_still_valid_on: String?
    }

    /// Parses YAML text; `name` identifies the series in errors.
    public static func parse(_ yaml: String, name: String) throws -> ParameterFile {
        let raw: Raw
        do {
            raw = try YAMLDecoder().decode(Raw.self, from: yaml)
        } catch {
            throw ParameterError.invalidFile(path: name, reason: "\(error)")
        }
        var entries: [DatedSeries<String>.Entry] = []
        for (key, value) in raw.values {
            guard let date = CalendarDate(key) else {
                throw ParameterError.invalidFile(path: name, reason: "\(key) is not a date (YYYY-MM-DD)")
            }
            guard let reference = raw.reference[key] else {
                throw ParameterError.invalidFile(path: name, reason: "no reference for the value dated \(key)")
            }
            entries.append(.init(effective: date, value: value, reference: reference))
        }
        let valid = try raw.last_value_still_valid_on.map { text -> CalendarDate in
            guard let date = CalendarDate(text) else {
                throw ParameterError.invalidFile(path: name, reason: "last_value_still_valid_on is not a date")
            }
            return date
        }
        return ParameterFile(description: raw.description,
                             series: DatedSeries(name: name, entries: entries, lastValueStillValidOn: valid))
    }
}
