import LGPSRules

/// Builds `LoadedParameters` from a reading: decodes every series the rules need, checks the SPA timetable's
/// coverage, and reports problems and missing series.
enum SchemeParametersAssembler {
    struct Outcome {
        var parameters: LoadedParameters?
        var problems: [ParameterProblem]
        var missing: [String]
    }

    static func assemble(_ reading: ParameterReading) -> Outcome {
        var d = SeriesDecoder(reading: reading)
        let percent: (NodeCursor) throws(ParameterProblem) -> Rate = { node throws(ParameterProblem) in try node.rate() }
        let money: (NodeCursor) throws(ParameterProblem) -> Money = { node throws(ParameterProblem) in try node.money() }
        let revaluation = d.dated("care/revaluation", percent)
        let increase = d.dated("increase/pensions_increase", percent)
        let cpi = d.dated("tax/annual_allowance_cpi", percent)
        let bands = d.dated("contributions/bands", ContributionBandsDecoder.decode)
        let accrual = d.dated("accrual/fractions", TermsDecoders.accrual)
        let spaRows = d.rows("ages/state_pension_age", StatePensionAgeDecoder.row)
        let ages = d.dated("ages/pension_ages", TermsDecoders.pensionAges)
        let early = d.dated("factors/early_retirement", FactorTableDecoders.earlyRetirement)
        let late = d.dated("factors/late_retirement", FactorTableDecoders.lateRetirement)
        let commutation = d.dated("retirement/commutation", TermsDecoders.commutation)
        let lsa = d.dated("tax/lump_sum_allowance", money)
        let lsdba = d.dated("tax/lump_sum_and_death_benefit_allowance", money)
        let apc = d.dated("care/apc_limit", money)
        let arc = d.dated("final_salary/arc_limit", money)
        let allowance = d.dated("tax/annual_allowance", TermsDecoders.annualAllowance)
        let death = d.dated("death/grants", TermsDecoders.deathGrants)
        let survivors = d.dated("death/survivors", TermsDecoders.survivors)
        let illHealth = d.dated("ill_health/tiers", TermsDecoders.illHealth)
        let membership = d.dated("membership/terms", TermsDecoders.membership)
        let underpin = d.dated("underpin/terms", TermsDecoders.underpin)
        let finalSalary = d.dated("final_salary/terms", TermsDecoders.finalSalary)
        let transitional = d.dated("ages/transitional", TermsDecoders.transitionalAges)
        let pensionCredit = d.dated("pension_credit/terms", TermsDecoders.pensionCredit)
        let holidays = reading.bankHolidays.bankHolidays
        if holidays == nil { d.missing.append("calendar/bank_holidays") }
        var problems = d.problems
        var timetable: StatePensionAgeTimetable?
        if let spaRows, let spa = reading.series["ages/state_pension_age"] {
            problems += StatePensionAgeDecoder.coverageProblems(spaRows, file: spa.files.last ?? spa.path)
            timetable = StatePensionAgeTimetable(rows: spaRows, lastValueStillValidOn: spa.lastValueStillValidOn)
        }
        guard let revaluation, let increase, let cpi, let bands, let accrual, let timetable, let ages, let early,
              let late, let commutation, let lsa, let lsdba, let apc, let arc, let allowance, let death, let survivors,
              let illHealth, let membership, let underpin, let holidays, let finalSalary,
              let transitional, let pensionCredit else {
            return Outcome(parameters: nil, problems: problems, missing: d.missing)
        }
        let scheme = SchemeParameters(
            careRevaluation: revaluation, pensionsIncrease: increase, annualAllowanceCPI: cpi,
            contributionBands: bands, accrual: accrual, statePensionAge: timetable, pensionAges: ages,
            earlyRetirement: early, lateRetirement: late, commutation: commutation, lumpSumAllowance: lsa,
            additionalPensionLimit: apc, additionalRegularContributionLimit: arc, annualAllowance: allowance,
            deathBenefits: death, survivors: survivors, illHealth: illHealth, membership: membership,
            underpin: underpin, bankHolidays: holidays,
            finalSalary: finalSalary, transitionalAges: transitional, pensionCredit: pensionCredit)
        return Outcome(parameters: LoadedParameters(scheme: scheme, lumpSumAndDeathBenefitAllowance: lsdba,
                                                    series: reading.infos),
                       problems: problems, missing: d.missing)
    }
}
