import LGPSRules

/// The England and Wales events of GOV.UK's `bank-holidays.json`, merged across directories by date.
struct BankHolidayEvents {
    /// The division the LGPS (England and Wales) uses.
    static let division = "england-and-wales"
    /// Where the file's format and figures come from.
    static let reference = Reference(title: "GOV.UK bank holidays (bank-holidays.json); Banking and Financial "
                                        + "Dealings Act 1971 Sch. 1 and royal proclamations",
                                     href: "https://www.gov.uk/bank-holidays.json")

    var events: [CalendarDate: (title: String, file: String, line: Int?)] = [:]
    var files: [String] = []

    /// Reads one JSON document in GOV.UK's format and adds its England and Wales events; checks every division's
    /// shape, each event's fields, and that dates ascend without repeats.
    mutating func read(_ document: ParameterDocument, problems: inout [ParameterProblem]) {
        files.append(document.file)
        guard let divisions = try? document.root.entries() else {
            problems.append(document.root.problem("expected GOV.UK's map of divisions to {division, events}"))
            return
        }
        if !divisions.contains(where: { $0.key == Self.division }) {
            problems.append(document.root.problem("the division \(Self.division) is missing"))
        }
        for division in divisions {
            do {
                let name = try division.value.field("division")
                if try name.text() != division.key { problems.append(name.problem("does not match its key")) }
                var previous: CalendarDate?
                for event in try division.value.field("events").items() {
                    let dateNode = try event.field("date")
                    let date = try dateNode.date()
                    let title = try event.field("title").text()
                    _ = try event.field("notes").text()
                    _ = try event.field("bunting").flag()
                    if title.isEmpty { problems.append(event.problem("the title is empty")) }
                    if let previous, !(previous < date) {
                        problems.append(dateNode.problem("dates must ascend without repeats: \(date) after \(previous)"))
                    }
                    previous = date
                    if division.key == Self.division { events[date] = (title, document.file, dateNode.node.mark?.line) }
                }
            } catch {
                problems.append(error)
            }
        }
    }

    /// The typed table: the dates, covering 1 January of the first year to 31 December of the last.
    var bankHolidays: BankHolidays? {
        guard let first = events.keys.min(), let last = events.keys.max() else { return nil }
        return BankHolidays(dates: Set(events.keys),
                            covers: CalendarDate(first.year, 1, 1)...CalendarDate(last.year, 12, 31))
    }

    var info: ParameterSeriesInfo {
        let entries = events.sorted { $0.key < $1.key }.map { date, event in
            ParameterEntryInfo(effective: date, label: "\(date) \(event.title)", reference: Self.reference,
                               verification: .verified, note: nil, file: event.file, line: event.line)
        }
        let last = events.keys.max().map { CalendarDate($0.year, 12, 31) }
        return ParameterSeriesInfo(path: "calendar/bank_holidays", description: "England and Wales bank holidays",
                                   unit: "date", files: files, entries: entries, lastValueStillValidOn: last)
    }
}
