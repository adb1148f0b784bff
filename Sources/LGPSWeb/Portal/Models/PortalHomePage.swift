import LGPSRules
import LGPSStorage

/// The member's home page: each post they hold, with its employer, dates, status and latest statement.
struct PortalHomePage {
    struct Post {
        var href: String
        var employer: String
        var jobTitle: String
        var memberNumber: String
        var status: String
        var dates: String
        var statementHref: String?
        var statementLabel: String?
        /// "£1,234.56 a year, built up to 31 March 2025", from the latest statement.
        var builtUp: String?
    }

    /// The pension built up across every post whose latest statement is for the same year: only then do the
    /// figures add up to something the member can use.
    struct Totals {
        var heading: String
        var pension: String
        var lumpSum: String?
        var note: String
    }

    var layout: LayoutModel
    var name: String
    var posts: [Post]
    var postCount: String
    var totals: Totals?

    init(context: StaffRequestContext, member: PortalMember, records: [RecordSummary],
         latest: [Int64: StoredStatement]) {
        layout = LayoutModel(portalTitle: "Your pensions", context: context, current: "/portal/home")
        name = member.person.fullName
        let headlines = latest.compactMapValues(StatementHeadline.init)  // each statement's figures read once
        posts = records.map { summary in
            let statement = latest[summary.recordID]
            return Post(href: "/portal/records/\(summary.recordID)", employer: summary.employerName,
                        jobTitle: summary.jobTitle, memberNumber: summary.memberNumber,
                        status: summary.status?.label ?? "Not recorded",
                        dates: "From \(summary.pensionableStart.longUK)" + (summary.leftOn.map { " to \($0.longUK)" } ?? ""),
                        statementHref: statement.map { "/portal/records/\(summary.recordID)/statements/\($0.schemeYear.startYear)/statement.pdf" },
                        statementLabel: statement.map { "Download your statement to \($0.schemeYear.end.longUK) (PDF)" },
                        builtUp: headlines[summary.recordID].map {
                            "\($0.pension) a year, built up to \($0.schemeYear.end.longUK)"
                        })
        }
        totals = Self.totals(records.compactMap { headlines[$0.recordID] })
        postCount = records.count == 1 ? "You have 1 pension record with us."
            : "You have \(records.count) pension records with us, one for each job you have paid into the scheme from."
    }

    /// Totals when two or more posts have statements for the same (latest) year; nil otherwise.
    static func totals(_ headlines: [StatementHeadline]) -> Totals? {
        guard let year = headlines.map(\.schemeYear).max() else { return nil }
        let sameYear = headlines.filter { $0.schemeYear == year }
        guard sameYear.count > 1 else { return nil }
        let pension = sameYear.reduce(Money.zero) { $0 + $1.pension }
        let lumpSum = sameYear.reduce(Money.zero) { $0 + ($1.lumpSum ?? .zero) }
        let left = headlines.count - sameYear.count
        return Totals(heading: "Your pensions added together",
                      pension: "\(pension) a year, built up to \(year.end.longUK)",
                      lumpSum: lumpSum > .zero ? "\(lumpSum) automatic tax-free lump sum" : nil,
                      note: "From your statements for the year to \(year.end.longUK), across \(sameYear.count) of your records"
                        + (left > 0 ? ". Records with an older statement are not included." : ".")
                        + " Each record is paid separately and may be payable from a different date.")
    }
}
