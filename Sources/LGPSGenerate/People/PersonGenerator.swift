import LGPSRules

/// Builds a `Person`: sex, names and title, NI number (from 16), a fictional address and contact details, a
/// digital preference, relationship status with partner, and death grant nominations for adults.
enum PersonGenerator {
    static let portalEra = CalendarDate(2015, 1, 1).dayNumber

    static func person(id: Int64, index: Int, kind: PersonKind, birth: Int, firstStart: Int,
                       context: GenerationContext, rng: inout SplitMix64) -> (Person, [Nomination]) {
        let asAt = context.asAt
        let age = CalendarDate(dayNumber: birth).completedYears(on: CalendarDate(dayNumber: asAt))
        let sex: Sex = rng.chance(perMille: kind == .survivor ? 820 : 680) ? .female : .male
        let relationship = PartnerGenerator.relationship(age: age, survivor: kind == .survivor, rng: &rng)
        let forenames = NameGenerator.forenames(sex: sex, rng: &rng)
        let surname = NameGenerator.surname(rng: &rng)
        let title = NameGenerator.title(sex: sex, age: age, relationship: relationship, rng: &rng)
        let adult = age >= 18
        let address = AddressGenerator.address(county: context.county, rng: &rng)
        let email = adult && rng.chance(perMille: 750)
            ? ContactGenerator.email(forename: NameGenerator.firstForename(forenames), surname: surname, rng: &rng) : nil
        let mobile = adult && rng.chance(perMille: 800) ? ContactGenerator.mobile(rng: &rng) : nil
        let landline = rng.chance(perMille: age >= 60 ? 600 : 250) ? ContactGenerator.landline(rng: &rng) : nil
        let contact = ContactDetails(addressLines: address.lines, postcode: address.postcode, email: email,
                                     homePhone: landline, mobilePhone: mobile)
        let preference = DigitalPreferenceGenerator.preference(hasEmail: email != nil,
                                                               earliest: min(max(portalEra, firstStart), asAt),
                                                               asAt: asAt, rng: &rng)
        let partner = PartnerGenerator.partner(of: sex, surname: surname, dateOfBirth: birth, relationship: relationship,
                                               asAt: asAt, rng: &rng)
        let ni = age >= 16 ? Identifiers.nationalInsuranceNumber(index: index, seed: context.seed) : nil
        let person = Person(id: id, fundID: context.fundID, title: title, forenames: forenames, surname: surname,
                            dateOfBirth: CalendarDate(dayNumber: birth), sex: sex, nationalInsuranceNumber: ni,
                            contact: contact, digitalPreference: preference, relationship: relationship, partner: partner)
        let nominations = adult && kind != .child
            ? NominationGenerator.nominations(surname: surname, birth: birth, partner: partner, relationship: relationship,
                                              earliest: firstStart, asAt: asAt, rng: &rng)
            : []
        return (person, nominations)
    }
}
