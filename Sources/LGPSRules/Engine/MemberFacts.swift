/// What the engine needs to know about the person behind a record, beyond the record itself.
public struct MemberFacts: Sendable, Hashable {
    public var dateOfBirth: CalendarDate
    public var sex: Sex
    /// Whether a spouse, civil partner or eligible cohabiting partner is recorded.
    public var hasPartner: Bool
    /// Whether the partner is a cohabiting partner (their survivor's pension counts membership from April 1988).
    public var partnerIsCohabiting: Bool
    /// 2008 Scheme protected normal pension age of 60 (SI 2014/525 reg. 24(4)); rare.
    public var protectedNormalPensionAge60: Bool
    /// The employer agrees to the rule of 85 on a voluntary retirement from 55 to 60 (the 2016 switch-off).
    public var ruleOf85EmployerConsent: Bool

    public init(dateOfBirth: CalendarDate, sex: Sex, hasPartner: Bool, partnerIsCohabiting: Bool = false,
                protectedNormalPensionAge60: Bool = false, ruleOf85EmployerConsent: Bool = false) {
        self.dateOfBirth = dateOfBirth
        self.sex = sex
        self.hasPartner = hasPartner
        self.partnerIsCohabiting = partnerIsCohabiting
        self.protectedNormalPensionAge60 = protectedNormalPensionAge60
        self.ruleOf85EmployerConsent = ruleOf85EmployerConsent
    }

    /// The facts recorded on `person`.
    public init(person: Person) {
        let partnered: Set<RelationshipStatus> = [.married, .civilPartnership, .cohabiting]
        self.init(dateOfBirth: person.dateOfBirth, sex: person.sex,
                  hasPartner: partnered.contains(person.relationship),
                  partnerIsCohabiting: person.relationship == .cohabiting)
    }
}
