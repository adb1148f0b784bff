import LGPSRules
import LGPSStatementRun
import LGPSStatements

/// The "Start a statement run" form: the Scheme year, which statements and which get a PDF.
struct StatementRunForm {
    var year: String
    var kind: String = ""
    var pdfs: String = StatementRunRequest.PDFMode.paper.rawValue

    /// The first Scheme year statements can be produced for (the 2014 Scheme's first year).
    static let firstYear = 2014

    /// The checked form: the request's parts, or what is wrong with it.
    enum Validated {
        case valid(year: SchemeYear, kind: StatementKind?, pdfs: StatementRunRequest.PDFMode)
        case invalid([FieldError])
    }

    struct Choice { var value: String; var label: String; var checked: Bool; var id: String }

    var kindChoices: [Choice] {
        [("", "Every statement due"), ("active", "Active members"), ("deferred", "Deferred members"),
         ("pension_credit", "Pension credit members")].enumerated().map { index, entry in
            Choice(value: entry.0, label: entry.1, checked: entry.0 == kind, id: index == 0 ? "kind" : "kind-\(index)")
        }
    }

    var pdfChoices: [Choice] {
        [("paper", "Only members who get paper (the print file)"), ("all", "Every statement"), ("none", "None")].enumerated()
            .map { index, entry in
                Choice(value: entry.0, label: entry.1, checked: entry.0 == pdfs, id: index == 0 ? "pdfs" : "pdfs-\(index)")
            }
    }

    /// The request's parts, or the field errors (VAL-1: the year must be a whole Scheme year that has ended).
    func validate(today: CalendarDate) -> Validated {
        var errors: [FieldError] = []
        let lastEnded = SchemeYear(containing: today).startYear - 1
        let trimmed = year.trimmingWhitespace()
        let startYear = Int(trimmed)
        if trimmed.isEmpty {
            errors.append(FieldError(field: "year", message: "Enter the Scheme year"))
        } else if startYear == nil || !(Self.firstYear...lastEnded).contains(startYear ?? 0) {
            errors.append(FieldError(field: "year", message: "Scheme year must be a year from \(Self.firstYear) to \(lastEnded), "
                                     + "for example \(lastEnded) for the year to 31 March \(lastEnded + 1)"))
        }
        let chosenKind = StatementKind(rawValue: kind)
        if !kind.isEmpty && chosenKind == nil {
            errors.append(FieldError(field: "kind", message: "Select which statements to produce"))
        }
        let mode = StatementRunRequest.PDFMode(rawValue: pdfs)
        if mode == nil { errors.append(FieldError(field: "pdfs", message: "Select which statements get a PDF")) }
        guard errors.isEmpty, let startYear, let mode else { return .invalid(errors) }
        return .valid(year: SchemeYear(startYear: startYear), kind: chosenKind, pdfs: mode)
    }
}
