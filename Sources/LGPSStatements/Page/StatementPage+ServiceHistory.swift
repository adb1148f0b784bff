import LGPSRules

extension StatementPage {
    /// Part 2 Table 1 "Service history": the latest lines of final salary service (the fund's number of lines),
    /// oldest first, with contractual and whole-time hours (and weeks for term-time posts), when the row
    /// quotes a service history.
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 "Service history" and Part 3 (t) [seed 001].
    static func serviceHistory(_ input: PageInput) -> StatementSectionView? {
        guard input.row.text("Service history", .serviceHistory) != nil else { return nil }
        let periods = input.subject.member.service.sorted { $0.from < $1.from }.suffix(max(0, input.settings.serviceHistoryLines))
        guard !periods.isEmpty else { return nil }
        let weeks = periods.contains { $0.contractualWeeks != nil }
        var headings: [StatementTable.Heading] = [.init(heading: "From", numeric: false), .init(heading: "To", numeric: false),
                                                  .init(heading: "Hours a week", numeric: true),
                                                  .init(heading: "Full-time hours", numeric: true)]
        if weeks {
            headings += [.init(heading: "Weeks a year", numeric: true), .init(heading: "Full-time weeks", numeric: true)]
        }
        let rows: [StatementTable.Row] = periods.map { period in
            var cells: [StatementTable.Cell] = [.init(text: StatementFormat.date(period.to), numeric: false),
                                                .init(text: period.contractualHours.description, numeric: true),
                                                .init(text: period.wholeTimeHours.description, numeric: true)]
            if weeks {
                cells += [.init(text: period.contractualWeeks?.description ?? "", numeric: true),
                          .init(text: period.wholeTimeWeeks?.description ?? "", numeric: true)]
            }
            return .init(header: StatementFormat.date(period.from), cells: cells)
        }
        let table = StatementTable(tableID: "service-history-table",
                                   caption: "Your latest periods of final salary service", headings: headings, rows: rows)
        let intro = ["The membership used to work out your final salary benefits.", input.seeNotes(["t"])]
            .compactMap { $0 }.joined(separator: " ")
        return StatementSectionView("service-history", heading: "Your final salary service", paragraphs: [intro],
                                    tables: [table])
    }
}
