import LGPSRules

/// One value of an extract row as the extractor worked it out: kept typed, so the statement page reads the
/// amount it was given (no re-reading of text), and written as text only for the extract and the stored figures.
/// - Source: LGA guide Part 2 Table 1 (amounts in pounds and pence, dates as dates) [seed 001].
enum ExtractCell: Sendable {
    case blank
    case text(String)
    /// Written `1234.56`.
    case money(Money)
    /// Written `YYYY-MM-DD`.
    case date(CalendarDate)

    /// The value as the extract writes it; blank is the empty string.
    var text: String {
        switch self {
        case .blank: return ""
        case .text(let text): return text
        case .money(let amount): return amount.decimalPounds
        case .date(let date): return date.description
        }
    }

    /// Whether there is no value.
    var isBlank: Bool {
        switch self {
        case .blank: return true
        case .text(let text): return text.isEmpty
        case .money, .date: return false
        }
    }

    /// The amount: the one given, or read from text (`1234.56`); `nil` when blank or not an amount.
    var money: Money? {
        switch self {
        case .money(let amount): return amount
        case .text(let text): return text.isEmpty ? nil : Money(pounds: text)
        case .blank, .date: return nil
        }
    }

    /// The date: the one given, or read from text (`YYYY-MM-DD`); `nil` when blank or not a date.
    var date: CalendarDate? {
        switch self {
        case .date(let date): return date
        case .text(let text): return text.isEmpty ? nil : CalendarDate(text)
        case .blank, .money: return nil
        }
    }
}
