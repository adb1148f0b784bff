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
    }

    var layout: LayoutModel
    var name: String
    var posts: [Post]
    var postCount: String

    init(context: StaffRequestContext, member: PortalMember, records: [RecordSummary],
         latest: [Int64: StoredStatement]) {
        layout = LayoutModel(portalTitle: "Your pensions", context: context, current: "/portal/home")
        name = member.person.fullName
        posts = records.map { summary in
            let statement = latest[summary.recordID]
            return Post(href: "/portal/records/\(summary.recordID)", employer: summary.employerName,
                        jobTitle: summary.jobTitle, memberNumber: summary.memberNumber,
                        status: summary.status?.label ?? "Not recorded",
                        dates: "From \(summary.pensionableStart.longUK)" + (summary.leftOn.map { " to \($0.longUK)" } ?? ""),
                        statementHref: statement.map { "/portal/records/\(summary.recordID)/statements/\($0.schemeYear.startYear)/statement.pdf" },
                        statementLabel: statement.map { "Download your statement to \($0.schemeYear.end.longUK) (PDF)" })
        }
        postCount = records.count == 1 ? "You have 1 pension record with us."
            : "You have \(records.count) pension records with us, one for each job you have paid into the scheme from."
    }
}
