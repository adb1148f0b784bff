import LGPSRules

extension StatementExtractor {
    /// A pension credit member's figures: the transfer day and the annual pension credited then, the pension at
    /// 31 March (the credit with pensions increases to 31 March, payable at the pension credit's normal pension
    /// age), and the death grant. No survivor's pension and no McCloud figures: a pension credit pays neither.
    /// - Source: LGA guide Part 4 [seed 001]; SI 2013/2356 reg. 89(1); lgpsmember.org "Pension Credits in the
    ///   LGPS".
    func pensionCreditFigures(_ subject: StatementSubject, estimate: BenefitEstimate, into row: inout ExtractRow) {
        let s = StatementSection.deferredBenefits
        row.set("Transfer day", s, date: subject.member.pensionCredit?.transferDay)
        row.set("Annual pension credited at transfer day", s, money: subject.member.pensionCredit?.annualAmount)
        row.set("Annual pension at 31 March 20xx", s, money: estimate.payable.pension)
        row.set("Lump sum death grant", s, money: estimate.death.deathGrant)
    }

    /// Why a pension credit record cannot have a statement for `year`, in plain English, or `nil`: no pension
    /// credit recorded, an annual amount that is not more than zero, or a transfer day after 31 March.
    /// - Source: SI 2013/2356 reg. 89(1); Welfare Reform and Pensions Act 1999 s. 29 (transfer day).
    func pensionCreditProblem(_ member: MemberRecord, year: SchemeYear) -> String? {
        guard let credit = member.pensionCredit else {
            return "Missing pension credit: no annual pension credit amount or transfer day is recorded for this "
                + "pension credit member, so the pension credit cannot be worked out"
        }
        if credit.annualAmount <= .zero {
            return "Missing pension credit: the annual pension credited is recorded as \(credit.annualAmount), not an "
                + "amount more than nil"
        }
        if credit.transferDay > year.end {
            return "Inconsistent pension credit: the transfer day (\(credit.transferDay.longUK)) is after "
                + year.end.longUK
        }
        return nil
    }
}
