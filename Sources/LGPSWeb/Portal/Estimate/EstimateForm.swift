import Hummingbird
import LGPSPortal
import LGPSRules

/// What the member typed into the estimate form (a GET form, so every estimate has its own address), and the
/// checks on it. Blank rates and section take the defaults; a blank lump sum is none.
struct EstimateForm {
    var day = ""
    var month = ""
    var year = ""
    var payGrowth = ""
    var inflation = ""
    var section = ""
    var lumpSum = ""

    /// Whether a date was sent at all: the first visit shows the form with no estimate.
    var isSubmitted: Bool { !(day + month + year).isEmpty || !lumpSum.isEmpty }

    init(query: Parameters) {
        func text(_ name: String) -> String { query[Substring(name)].map { String($0).trimmingWhitespace() } ?? "" }
        day = text("date-day")
        month = text("date-month")
        year = text("date-year")
        payGrowth = text("payGrowth")
        inflation = text("inflation")
        section = text("section")
        lumpSum = text("lumpSum")
    }

    /// The choices the form asks for, once checked.
    struct Choices {
        var retirement: CalendarDate
        var payGrowth: Rate
        var inflation: Rate
        var section: Section
        var lumpSum: Money
    }

    /// The checked choices, or the field errors in form order (VAL-1). The retirement date must fall from the
    /// earliest retirement date (the 55th birthday) to the latest (the 75th), and not before today.
    func validated(currentSection: Section, today: CalendarDate, earliest: CalendarDate, latest: CalendarDate,
                   defaults: PortalSettings) -> (Choices?, [FieldError]) {
        var errors: [FieldError] = []
        var retirement: CalendarDate?
        switch validateDateInput(day: day, month: month, year: year, field: "date", label: "Retirement date",
                                 required: true) {
        case .valid(let date): retirement = date
        case .invalid(let problems): errors += problems
        }
        if let date = retirement {
            if date < earliest {
                errors.append(FieldError(field: "date", message: "Retirement date must be on or after your 55th birthday, "
                                         + earliest.longUK))
            } else if date > latest {
                errors.append(FieldError(field: "date", message: "Retirement date must be on or before your 75th birthday, "
                                         + latest.longUK))
            } else if date < today {
                errors.append(FieldError(field: "date", message: "Retirement date must be today or in the future"))
            }
        }
        let growth = rate(payGrowth, field: "payGrowth", name: "Pay growth", default: defaults.estimatePayGrowth,
                          errors: &errors)
        let cpi = rate(inflation, field: "inflation", name: "Inflation", default: defaults.estimateInflation,
                       errors: &errors)
        let chosenSection = Section(rawValue: section) ?? currentSection
        var lump = Money.zero
        if !lumpSum.isEmpty {
            if let amount = Money(pounds: lumpSum), amount >= .zero {
                lump = amount
            } else {
                errors.append(FieldError(field: "lumpSum",
                                         message: "Lump sum must be an amount in pounds, like 10000 or 10000.50"))
            }
        }
        guard errors.isEmpty, let retirement, let growth, let cpi else { return (nil, errors) }
        return (Choices(retirement: retirement, payGrowth: growth, inflation: cpi, section: chosenSection,
                        lumpSum: lump), [])
    }

    /// A percentage from `text`, the default when blank, or an error naming the allowed range.
    private func rate(_ text: String, field: String, name: String, default value: Rate,
                      errors: inout [FieldError]) -> Rate? {
        guard !text.isEmpty else { return value }
        let allowed = PortalSettings.estimateRateRange
        guard let rate = Rate(percent: text.hasSuffix("%") ? String(text.dropLast()) : text) else {
            errors.append(FieldError(field: field, message: "\(name) must be a percentage, like 2.5"))
            return nil
        }
        guard allowed.contains(rate) else {
            errors.append(FieldError(field: field, message: "\(name) must be between \(allowed.lowerBound) and "
                                     + "\(allowed.upperBound) a year"))
            return nil
        }
        return rate
    }
}
