import Foundation
import LGPSRules
import LGPSStatements
import LGPSStorage

/// The pension and automatic lump sum built up to 31 March, as a stored statement quotes them (Part 2 Table 1
/// for active members, Part 4 for deferred ones), read from the statement's own figures so the home page and the
/// statement agree.
/// - Source: LGA annual benefit statements guide, Part 2 Table 1 and Part 4 [seed 001].
struct StatementHeadline: Equatable {
    var schemeYear: SchemeYear
    var pension: Money
    var lumpSum: Money?

    /// The items, by section: after any debits, including any estimated final guarantee amount.
    static let pensionItem = "Annual pension at 31 March 20xx"
    static let lumpSumItem = "Automatic tax free lump sum at 31 March 20xx"

    /// nil when the statement quotes no pension at 31 March (or its figures cannot be read).
    init?(_ statement: StoredStatement) {
        guard let values = Self.values(statement.figuresJSON) else { return nil }
        let section: StatementSection = statement.kind == StatementKind.active.rawValue ? .benefitsAt31March
            : .deferredBenefits
        let key = { (name: String) in StatementItem(name, section, .compulsory).column }
        guard let pension = values[key(Self.pensionItem)].flatMap({ Money(pounds: $0) }) else { return nil }
        schemeYear = statement.schemeYear
        self.pension = pension
        lumpSum = values[key(Self.lumpSumItem)].flatMap { Money(pounds: $0) }.flatMap { $0 > .zero ? $0 : nil }
    }

    private static func values(_ json: String) -> [String: String]? {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: String]
    }
}
