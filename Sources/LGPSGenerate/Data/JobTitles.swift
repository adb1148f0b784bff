/// The job title lists.
enum JobTitles {
    static let council: [JobTitle] = [
        JobTitle(title: "Social Worker", salary2025: 41_000, termTime: false),
        JobTitle(title: "Senior Social Worker", salary2025: 47_000, termTime: false),
        JobTitle(title: "Care Assistant", salary2025: 24_500, termTime: false),
        JobTitle(title: "Refuse Collection Operative", salary2025: 24_000, termTime: false),
        JobTitle(title: "Highways Engineer", salary2025: 44_000, termTime: false),
        JobTitle(title: "Planning Officer", salary2025: 39_000, termTime: false),
        JobTitle(title: "Librarian", salary2025: 31_000, termTime: false),
        JobTitle(title: "Library Assistant", salary2025: 24_000, termTime: false),
        JobTitle(title: "Administrative Assistant", salary2025: 24_500, termTime: false),
        JobTitle(title: "Finance Officer", salary2025: 33_000, termTime: false),
        JobTitle(title: "Customer Services Adviser", salary2025: 25_000, termTime: false),
        JobTitle(title: "Environmental Health Officer", salary2025: 40_000, termTime: false),
        JobTitle(title: "Housing Officer", salary2025: 32_000, termTime: false),
        JobTitle(title: "Team Leader", salary2025: 45_000, termTime: false),
        JobTitle(title: "Service Manager", salary2025: 62_000, termTime: false),
        JobTitle(title: "Head of Service", salary2025: 85_000, termTime: false),
        JobTitle(title: "Director of Adult Social Care", salary2025: 135_000, termTime: false),
        JobTitle(title: "Occupational Therapist", salary2025: 40_000, termTime: false),
        JobTitle(title: "Youth Worker", salary2025: 28_000, termTime: false),
        JobTitle(title: "Grounds Maintenance Operative", salary2025: 23_500, termTime: false),
        JobTitle(title: "Cleaner", salary2025: 23_000, termTime: false),
        JobTitle(title: "ICT Support Analyst", salary2025: 34_000, termTime: false),
        JobTitle(title: "Payroll Officer", salary2025: 29_000, termTime: false),
        JobTitle(title: "Pensions Officer", salary2025: 30_000, termTime: false),
        JobTitle(title: "Teaching Assistant", salary2025: 24_000, termTime: true),
        JobTitle(title: "School Cook", salary2025: 23_500, termTime: true),
        JobTitle(title: "Lunchtime Supervisor", salary2025: 23_000, termTime: true),
    ]

    static let school: [JobTitle] = [
        JobTitle(title: "Teaching Assistant", salary2025: 24_000, termTime: true),
        JobTitle(title: "Higher Level Teaching Assistant", salary2025: 27_000, termTime: true),
        JobTitle(title: "Learning Support Assistant", salary2025: 23_800, termTime: true),
        JobTitle(title: "School Cook", salary2025: 23_500, termTime: true),
        JobTitle(title: "Lunchtime Supervisor", salary2025: 23_000, termTime: true),
        JobTitle(title: "School Business Manager", salary2025: 42_000, termTime: false),
        JobTitle(title: "Site Manager", salary2025: 28_000, termTime: false),
        JobTitle(title: "Cleaner", salary2025: 23_000, termTime: true),
        JobTitle(title: "Office Manager", salary2025: 29_000, termTime: false),
        JobTitle(title: "Exams Officer", salary2025: 26_000, termTime: true),
        JobTitle(title: "Science Technician", salary2025: 25_500, termTime: true),
        JobTitle(title: "Family Support Worker", salary2025: 28_500, termTime: true),
    ]

    static let otherBody: [JobTitle] = [
        JobTitle(title: "Firefighter (control room)", salary2025: 36_000, termTime: false),
        JobTitle(title: "Police Staff Investigator", salary2025: 37_000, termTime: false),
        JobTitle(title: "College Technician", salary2025: 27_000, termTime: false),
        JobTitle(title: "Student Services Adviser", salary2025: 26_500, termTime: true),
        JobTitle(title: "Finance Manager", salary2025: 52_000, termTime: false),
        JobTitle(title: "HR Adviser", salary2025: 34_000, termTime: false),
        JobTitle(title: "Estates Officer", salary2025: 31_000, termTime: false),
        JobTitle(title: "Clerk to the Council", salary2025: 35_000, termTime: false),
        JobTitle(title: "Administrator", salary2025: 25_000, termTime: false),
    ]

    static let contractor: [JobTitle] = [
        JobTitle(title: "Leisure Assistant", salary2025: 23_500, termTime: false),
        JobTitle(title: "Lifeguard", salary2025: 23_200, termTime: false),
        JobTitle(title: "Catering Assistant", salary2025: 23_000, termTime: true),
        JobTitle(title: "Cleaning Operative", salary2025: 23_000, termTime: false),
        JobTitle(title: "Duty Manager", salary2025: 31_000, termTime: false),
        JobTitle(title: "Support Worker", salary2025: 24_500, termTime: false),
        JobTitle(title: "Advice Worker", salary2025: 27_500, termTime: false),
        JobTitle(title: "Maintenance Technician", salary2025: 29_000, termTime: false),
    ]

    /// The list that fits an employer kind.
    static func list(for kind: EmployerKindClass) -> [JobTitle] {
        switch kind {
        case .council: return council
        case .school: return school
        case .otherBody: return otherBody
        case .contractor: return contractor
        }
    }
}
