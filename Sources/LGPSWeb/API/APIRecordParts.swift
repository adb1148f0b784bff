import LGPSRules

/// Pieces of `APIRecord`.
enum APIRecordParts {
    struct Period: Codable, Sendable { var value: String; var from: String; var to: String? }
    struct Link: Codable, Sendable { var otherRecordId: Int64; var kind: String; var on: String; var href: String }
    struct Service: Codable, Sendable {
        var from: String
        var to: String
        var contractualHours: String
        var wholeTimeHours: String
        var contractualWeeks: String?
        var wholeTimeWeeks: String?
        var partTime: Bool
        var tranche: String
    }
    struct Break: Codable, Sendable { var from: String; var to: String; var reason: String; var reasonLabel: String }
    struct AddedYears: Codable, Sendable {
        var startedOn: String
        var endsOn: String?
        var daysPurchased: Int
        var ratePercent: String
    }
    struct CareYearDetails: Codable, Sendable {
        var schemeYear: String
        var mainPay: APIMoney
        var fiftyFiftyPay: APIMoney
        var assumedPensionablePay: APIMoney
        var earnedPension: APIMoney
        var openingBalance: APIMoney
        var revaluation: APIMoney
        var revaluationRatePercent: String?
        var transfersIn: APIMoney
        var additionalPensionContributions: APIMoney
        var sharedCostAdditionalPension: APIMoney
        var additionalRegularContributions: APIMoney
        var closingBalance: APIMoney
        var employeeContributions: APIMoney
        var employerContributions: APIMoney

        init(_ y: CareYear) {
            schemeYear = y.schemeYear.description
            mainPay = APIMoney(y.mainPay)
            fiftyFiftyPay = APIMoney(y.fiftyFiftyPay)
            assumedPensionablePay = APIMoney(y.assumedPensionablePay)
            earnedPension = APIMoney(y.earnedPension)
            openingBalance = APIMoney(y.openingBalance)
            revaluation = APIMoney(y.revaluation)
            revaluationRatePercent = y.revaluationRate.map { String($0.description.dropLast()) }
            transfersIn = APIMoney(y.transfersIn)
            additionalPensionContributions = APIMoney(y.additionalPensionContributions)
            sharedCostAdditionalPension = APIMoney(y.sharedCostAdditionalPension)
            additionalRegularContributions = APIMoney(y.additionalRegularContributions)
            closingBalance = APIMoney(y.closingBalance)
            employeeContributions = APIMoney(y.employeeContributions)
            employerContributions = APIMoney(y.employerContributions)
        }
    }
    struct DebitDetails: Codable, Sendable {
        var kind: String
        var effectiveOn: String
        var annualAmount: APIMoney
        var cashAmount: APIMoney?
        var reference: String
    }
    /// A pension credit record's credit.
    struct CreditDetails: Codable, Sendable {
        var annualAmount: APIMoney
        var transferDay: String
        var debitedMemberReference: String?
    }
    struct Fact: Codable, Sendable {
        var kind: String
        var from: String
        var to: String?
        var detail: String
        var evidence: String
    }
    struct EmployerDetails: Codable, Sendable { var id: Int64; var code: String; var name: String; var kind: String }
}
