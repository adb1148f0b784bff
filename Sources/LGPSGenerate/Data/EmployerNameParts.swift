/// Word lists for invented employer names ("St Aidan's Academy Trust", "Greenway Leisure Ltd").
enum EmployerNameParts {
    static let saints: [String] = [
        "Aidan", "Bede", "Cuthbert", "Hilda", "Chad", "Wilfrid", "Oswald", "Mary", "Anne", "Peter", "Paul",
        "Luke", "Mark", "Michael", "George", "Patrick", "David", "Andrew", "Joseph", "Thomas", "Edmund", "Alban",
        "Columba", "Margaret", "Bernadette", "Teresa", "Francis", "Augustine", "Benedict", "Catherine", "John",
        "Matthew", "James", "Nicholas", "Helen", "Brigid", "Dunstan", "Swithun", "Etheldreda", "Winifred",
    ]

    static let brands: [String] = [
        "Greenway", "Brightside", "Riverside", "Oakwood", "Beacon", "Evergreen", "Horizon", "Summit", "Pathway",
        "Northern Star", "Meadowbank", "Keystone", "Silverdale", "Clearwater", "Heartwood", "Lighthouse",
        "Springfield", "Willowbrook", "Ashgrove", "Kestrel", "Bluebird", "Harbour", "Compass", "Cornerstone",
        "Emerald", "Foxwood", "Goldcrest", "Ironbridge", "Juniper", "Lakeside", "Millstone", "Nightingale",
    ]

    static let schoolKinds: [String] = [
        "Primary Academy", "Junior Academy", "Infant Academy", "Academy", "High School", "Community Academy",
        "Church of England Primary Academy", "Catholic Primary Academy", "Free School", "Studio School",
    ]

    static let trustKinds: [String] = ["Learning Trust", "Multi-Academy Trust", "Academy Trust", "Education Trust"]

    static let contractorKinds: [String] = [
        "Leisure Ltd", "Cleaning Services Ltd", "Catering Ltd", "Care Ltd", "Facilities Management Ltd",
        "Housing Ltd", "Transport Ltd", "Support Services Ltd", "Grounds Maintenance Ltd", "Homes Ltd",
    ]

    static let charityKinds: [String] = [
        "Citizens Advice", "Community Transport", "Carers' Centre", "Museums Trust", "Arts Centre Trust",
        "Youth Trust", "Wildlife Trust", "Sports Trust",
    ]

    static let councilKinds: [String] = ["Borough Council", "District Council", "City Council", "Metropolitan Borough Council"]

    static let otherBodies: [String] = [
        "College", "Sixth Form College", "College of Further Education", "University", "School of Art",
    ]
}
