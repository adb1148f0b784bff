import LGPSRules

/// An amount of money: exact pence and the same amount written for people.
struct APIMoney: Codable, Sendable {
    var pence: Int64
    var formatted: String
}

extension APIMoney {
    init(_ money: Money) {
        pence = money.pence
        formatted = money.description
    }
}
