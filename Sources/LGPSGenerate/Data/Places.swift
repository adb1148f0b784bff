/// Fictional places for generated addresses. The towns are invented; their postcode areas start with `Q`, a
/// letter Royal Mail never uses first in a postcode area, so a generated postcode is well formed but can never be
/// a real address.
enum Places {
    /// Fictional towns, each with its own fictional postcode area (index into `postcodeAreas`).
    static let towns: [String] = [
        "Ashbury", "Brackenford", "Caldermouth", "Dunmere", "Eastwick Magna", "Fellhampton", "Greyford",
        "Hollinsby", "Ingleton Cross", "Kelsworth", "Lowmoor", "Marshfield Abbots", "Netherby", "Oakhampton Vale",
        "Pendlebury Wick", "Queensmere", "Ravensholt", "Saltcombe", "Thornbury Down", "Upperthwaite", "Wexcombe",
        "Yarrowby", "Aldermere", "Bramblewick", "Castlebrook", "Dovehaven", "Elmsford", "Foxhollow", "Glenmarsh",
        "Harrowgate Mill", "Ivybridge Heath", "Kingsmead", "Larkhill Green", "Millbeck", "Northwold", "Ottermouth",
    ]

    /// Second letters of the fictional postcode areas (`QA`, `QB`, ...), one per town.
    static let postcodeAreaLetters: [Character] = Array("ABCDEFGHJKLMNPRSTUWXYZABCDEFGHJKLMNP")

    /// Letters Royal Mail uses in the inward code (never C, I, K, M, O or V).
    static let inwardLetters: [Character] = Array("ABDEFGHJLNPQRSTUWXYZ")

    /// Villages and districts used as a second address line.
    static let localities: [String] = [
        "Hillside", "Church End", "Lower Green", "Upper Town", "Westfield", "Northgate", "Southwood", "Millfield",
        "Brookside", "Parkside", "Moorside", "Highfield", "Newtown", "Old Town", "Riverside", "Fairview",
    ]

    /// Street names (combined with a street kind: "Acacia" + "Avenue").
    static let streetNames: [String] = [
        "Acacia", "Albert", "Alexandra", "Ash", "Beech", "Birch", "Blenheim", "Bridge", "Brook", "Castle",
        "Cedar", "Chapel", "Cherry", "Chestnut", "Church", "Clarence", "College", "Coronation", "Cromwell",
        "Elm", "Fairfield", "Fern", "Field", "Forest", "Garden", "George", "Glebe", "Grange", "Green",
        "Grove", "Hawthorn", "Hazel", "Heather", "High", "Highfield", "Hill", "Holly", "Jubilee", "King",
        "Laburnum", "Lime", "Linden", "Manor", "Maple", "Market", "Meadow", "Mill", "Moor", "Mount",
        "Nelson", "New", "North", "Oak", "Orchard", "Park", "Poplar", "Priory", "Queen", "Queens",
        "Railway", "Rectory", "Richmond", "Rose", "Rowan", "St Andrew's", "St John's", "St Mary's", "School",
        "Silver", "South", "Spring", "Station", "Sycamore", "Victoria", "Vicarage", "Walnut", "Water", "Well",
        "West", "Willow", "Windsor", "Woodland", "York", "Primrose", "Bluebell", "Foxglove", "Kingfisher",
        "Lark", "Swallow", "Heron", "Wren", "Badger", "Otter", "Falcon", "Curlew",
    ]

    /// Kinds of street.
    static let streetKinds: [String] = [
        "Road", "Street", "Avenue", "Close", "Lane", "Way", "Drive", "Crescent", "Gardens", "Terrace",
        "Place", "Grove", "Court", "Rise", "View", "Walk",
    ]

    /// Names some houses have instead of (or as well as) a number.
    static let houseNames: [String] = [
        "Rose Cottage", "The Old School House", "Orchard House", "Meadow View", "The Laurels", "Ivy Cottage",
        "Flat 1", "Flat 2", "Flat 3", "Flat 4", "Flat 5", "Flat 6", "Flat 7", "Flat 8",
    ]
}
