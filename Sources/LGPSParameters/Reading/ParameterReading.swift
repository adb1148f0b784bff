import Foundation

/// Reads every parameter file of each directory in order (bundled first, then fund directories), checks each
/// file and merges files that share a relative path. Problems are collected, not thrown, so the check can list
/// them all.
struct ParameterReading {
    var series: [String: MergedSeries] = [:]
    var bankHolidays = BankHolidayEvents()
    var problems: [ParameterProblem] = []

    init(directories: [URL]) {
        for directory in directories {
            switch ParameterDirectory.files(in: directory) {
            case .failure(let problem):
                problems.append(problem)
            case .success(let files):
                for file in files { read(file.url, relativePath: file.relativePath) }
            }
        }
    }

    private mutating func read(_ url: URL, relativePath: String) {
        let document: ParameterDocument
        switch ParameterDocument.read(url, relativePath: relativePath) {
        case .failure(let problem):
            problems.append(problem)
            return
        case .success(let parsed):
            document = parsed
        }
        if relativePath.lowercased().hasSuffix(".json") {
            bankHolidays.read(document, problems: &problems)
            return
        }
        let path = Self.seriesPath(relativePath)
        var merged = series[path] ?? MergedSeries(path: path)
        guard let file = SeriesFile.read(document, inheritedUnit: merged.unit, problems: &problems) else { return }
        merged.merge(file, from: document.file)
        series[path] = merged
    }

    /// `care/revaluation.yaml` → `care/revaluation`.
    static func seriesPath(_ relativePath: String) -> String {
        guard let dot = relativePath.lastIndex(of: "."), !relativePath[dot...].contains("/") else { return relativePath }
        return String(relativePath[..<dot])
    }

    /// Every series' metadata, sorted by path, with the bank holidays.
    var infos: [ParameterSeriesInfo] {
        (series.values.map(\.info) + (bankHolidays.files.isEmpty ? [] : [bankHolidays.info])).sorted { $0.path < $1.path }
    }
}
