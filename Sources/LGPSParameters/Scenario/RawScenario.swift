import LGPSRules

/// The scenario file as written (snake_case keys, dates as `YYYY-MM-DD`, amounts in pounds, rates in percent).
struct RawScenario: Decodable {
    struct Member: Decodable {
        var date_of_birth: String
        var sex: String
        var partner: String?
        var joined: String
        var left: String?
        var hours: [Hours]
        var sections: [SectionChange]?
        var whole_time_pay: [Int: String]
        var earlier_public_service_before_2012: Bool?
        var protected_npa_60: Bool?
    }
    struct Hours: Decodable {
        var from: String
        var contractual: String
        var whole_time: String
        var weeks: String?
        var whole_time_weeks: String?
    }
    struct SectionChange: Decodable {
        var from: String
        var to: String?
        var section: String
    }
    struct Growth: Decodable {
        var basis: String
        var rate: String
        var mode: String
    }
    struct Inflation: Decodable {
        var actual_through: String
        var assumed: String
    }
    struct PromotionRaw: Decodable {
        var date: String
        var rate: String
    }
    struct Assumptions: Decodable {
        var as_at: String
        var pay_growth: Growth
        var inflation: Inflation
        var promotions: [PromotionRaw]?
        var section_changes: [SectionChange]?
        var leaving: String?
        var retirement: String
        var factor_tables_on: String?
    }

    var name: String
    var member: Member
    var assumptions: Assumptions
}
