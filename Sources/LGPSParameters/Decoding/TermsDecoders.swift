import LGPSRules

/// Decoders for the small fixed-shape parameter sets: each reads named fields of one dated value.
enum TermsDecoders {
    /// - Legislation: SI 1997/1612 reg. 17; SI 2007/1166 reg. 4; SI 2013/2356 reg. 23(4)–(5).
    static func accrual(_ n: NodeCursor) throws(ParameterProblem) -> AccrualFractions {
        AccrualFractions(pre2008Pension: try n.field("pre_2008_pension").fraction(),
                         pre2008LumpSum: try n.field("pre_2008_lump_sum").fraction(),
                         from2008Pension: try n.field("from_2008_pension").fraction(),
                         careMain: try n.field("care_main").fraction(),
                         careFiftyFifty: try n.field("care_fifty_fifty").fraction())
    }

    /// - Legislation: SI 2013/2356 Sch. 1 and reg. 30; SI 2014/525 Sch. 2.
    static func pensionAges(_ n: NodeCursor) throws(ParameterProblem) -> PensionAges {
        PensionAges(minimumNormalPensionAge2014: try n.field("minimum_normal_pension_age_2014").int(),
                    normalPensionAge2008: try n.field("normal_pension_age_2008").int(),
                    earliestVoluntaryRetirement: try n.field("earliest_voluntary_retirement").int(),
                    latestRetirement: try n.field("latest_retirement").int(),
                    ruleOf85Total: try n.field("rule_of_85_total").int())
    }

    /// - Legislation: SI 2013/2356 reg. 33; Finance Act 2004 Sch. 29 para 3.
    static func commutation(_ n: NodeCursor) throws(ParameterProblem) -> CommutationTerms {
        CommutationTerms(lumpSumPerPoundOfPension: try n.field("lump_sum_per_pound_of_pension").fraction(),
                         maximumShareOfCapitalValue: try n.field("maximum_share_of_capital_value").fraction(),
                         capitalValueFactor: try n.field("capital_value_factor").fraction())
    }

    /// - Legislation: Finance Act 2004 ss. 227ZA, 228, 228ZA, 234.
    static func annualAllowance(_ n: NodeCursor) throws(ParameterProblem) -> AnnualAllowanceFigures {
        AnnualAllowanceFigures(standardAllowance: try n.field("standard_allowance").money(),
                               taperAdjustedIncomeThreshold: try n.field("taper_adjusted_income_threshold").money(),
                               taperThresholdIncome: try n.field("taper_threshold_income").money(),
                               minimumTaperedAllowance: try n.field("minimum_tapered_allowance").money(),
                               moneyPurchaseAllowance: try n.field("money_purchase_annual_allowance").money(),
                               valuationFactor: try n.field("valuation_factor").fraction())
    }

    /// - Legislation: SI 2013/2356 regs. 40, 43, 44.
    static func deathGrants(_ n: NodeCursor) throws(ParameterProblem) -> DeathBenefitTerms {
        let limit = n.optional("age_limit").flatMap { $0.isNull ? nil : $0 }
        return DeathBenefitTerms(inServiceMultipleOfPay: try n.field("in_service_multiple_of_pay").fraction(),
                                 deferredMultipleOfPension: try n.field("deferred_multiple_of_pension").fraction(),
                                 pensionerMultipleOfPension: try n.field("pensioner_multiple_of_pension").fraction(),
                                 ageLimit: try limit?.int())
    }

    /// - Legislation: SI 2013/2356 regs. 40–46 and Sch. 1; SI 2014/525 Sch. 1.
    static func survivors(_ n: NodeCursor) throws(ParameterProblem) -> SurvivorFractions {
        SurvivorFractions(survivorOfFinalPay: try n.field("survivor_of_final_pay").fraction(),
                          survivorOfCarePension: try n.field("survivor_of_care_pension").fraction(),
                          oneChildWithSurvivor: try n.field("one_child_with_survivor").fraction(),
                          childrenWithSurvivor: try n.field("children_with_survivor").fraction(),
                          oneChildNoSurvivor: try n.field("one_child_no_survivor").fraction(),
                          childrenNoSurvivor: try n.field("children_no_survivor").fraction(),
                          cohabitingPartnerMembershipFrom: try n.field("cohabiting_partner_membership_from").date(),
                          postLeavingMarriageWidowerFrom: try n.field("post_leaving_marriage_widower_from").date(),
                          postLeavingMarriageWidowFrom: try n.field("post_leaving_marriage_widow_from").date())
    }

    /// - Legislation: SI 2013/2356 regs. 35 and 39.
    static func illHealth(_ n: NodeCursor) throws(ParameterProblem) -> IllHealthTerms {
        IllHealthTerms(tier1ShareOfProspective: try n.field("tier_1_share_of_prospective").fraction(),
                       tier2ShareOfProspective: try n.field("tier_2_share_of_prospective").fraction(),
                       tier3MaximumYears: try n.field("tier_3_maximum_years").int(),
                       tier3ReviewMonths: try n.field("tier_3_review_months").int())
    }

    /// - Legislation: SI 2013/2356 regs. 3(7), 18, 22(8); SI 2014/525 Sch. 1; Finance Act 2004 s. 205.
    static func membership(_ n: NodeCursor) throws(ParameterProblem) -> MembershipTerms {
        MembershipTerms(vestingYears: try n.field("vesting_years").int(),
                        disqualifyingBreakYears: try n.field("disqualifying_break_years").int(),
                        aggregationElectionMonths: try n.field("aggregation_election_months").int(),
                        refundTaxRate: try n.field("refund_tax_rate").rate(),
                        refundRejoinMonths: try n.field("refund_rejoin_months").int())
    }

    /// - Legislation: SI 2014/525 regs. 4A–4U as inserted by SI 2023/972.
    static func underpin(_ n: NodeCursor) throws(ParameterProblem) -> UnderpinTerms {
        UnderpinTerms(remedyPeriodStart: try n.field("remedy_period_start").date(),
                      remedyPeriodEnd: try n.field("remedy_period_end").date(),
                      qualifyingMembershipBefore: try n.field("qualifying_membership_before").date(),
                      survivorGuaranteeFraction: try n.field("survivor_guarantee_fraction").fraction())
    }
}

extension TermsDecoders {
    static func finalSalary(_ n: NodeCursor) throws(ParameterProblem) -> FinalSalaryTerms {
        FinalSalaryTerms(sixtiethsFrom: try n.field("sixtieths_from").date(),
                         finalSalaryEnd: try n.field("final_salary_end").date(),
                         daysPerYear: try n.field("days_per_year").int(),
                         finalPayYearsCompared: try n.field("final_pay_years_compared").int(),
                         averagedYears: try n.field("averaged_years").int(),
                         averagingLookbackYears: try n.field("averaging_lookback_years").int())
    }

    static func transitionalAges(_ n: NodeCursor) throws(ParameterProblem) -> TransitionalAgeTerms {
        TransitionalAgeTerms(protectedNormalPensionAge2008: try n.field("protected_normal_pension_age_2008").int(),
                             ruleOf85ProtectedTo: try n.field("rule_of_85_protected_to").date(),
                             ruleOf85ExtendedProtectedTo: try n.field("rule_of_85_extended_protected_to").date(),
                             ruleOf85ExtendedAge: try n.field("rule_of_85_extended_age").int(),
                             ruleOf85TaperEnd: try n.field("rule_of_85_taper_end").date(),
                             ruleOf85MemberOn: try n.field("rule_of_85_member_on").date(),
                             ruleOf85AutomaticFromAge: try n.field("rule_of_85_automatic_from_age").int())
    }

    /// - Legislation: not identified in SI 2013/2356 as read (see `pension_credit/terms` for the fund pages
    ///   the values come from).
    static func pensionCredit(_ n: NodeCursor) throws(ParameterProblem) -> PensionCreditTerms {
        PensionCreditTerms(schemeNormalPensionAgeFrom: try n.field("scheme_normal_pension_age_from").date(),
                           deathGrantMultipleOfPension: try n.field("death_grant_multiple_of_pension").fraction())
    }
}
