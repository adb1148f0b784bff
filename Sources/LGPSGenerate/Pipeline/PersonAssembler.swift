import LGPSRules
import LGPSStorage

/// Generates one person with their records and nominations from the person's own random stream, appending them
/// to a batch under construction.
enum PersonAssembler {
    /// The person's random stream: independent of every other person, so batches can be made in any order.
    static func stream(seed: UInt64, index: Int) -> SplitMix64 {
        SplitMix64.stream(seed: seed, index: UInt64(index))
    }

    /// Appends person `index` (id `personID`) and their records (ids from `nextRecordID`, advanced) to `batch`.
    static func append(index: Int, personID: Int64, nextRecordID: inout Int64, context: GenerationContext,
                       to batch: inout LoadBatch) {
        var rng = stream(seed: context.seed, index: index)
        let plan = PersonPlan.draw(rng: &rng)
        let asAt = context.asAt
        let age = plan.kind.drawAge(rng: &rng)
        let birth = Day.adding(years: -age, to: asAt) - rng.below(364)
        let shape = CareerDates.main(kind: plan.kind, birth: birth, asAt: asAt, rng: &rng)
        let mainID = nextRecordID
        nextRecordID += Int64(plan.recordCount)
        let mainEmployer = context.catalogue.employerIndex(rng: &rng)
        let identity = RecordGenerator.Identity(id: mainID, personID: personID, personIndex: index, post: 0,
                                                employerIndex: mainEmployer)
        var firstStart: Int
        switch shape {
        case .entitlement(let status, let from, let title):
            firstStart = from
            batch.records.append(RecordGenerator.entitlement(identity, status: status, from: from, title: title,
                                                             context: context, rng: &rng))
        case .membership(let dates):
            firstStart = dates.start
            guard let wanted = plan.secondPost else {
                batch.records.append(RecordGenerator.membership(identity, dates: dates, birth: birth, links: [],
                                                                aggregatedGap: nil, context: context, rng: &rng))
                break
            }
            let second = SecondPostDates.draw(wanted, main: dates, birth: birth, asAt: asAt, rng: &rng)
            var otherEmployer = context.catalogue.employerIndex(rng: &rng)
            if otherEmployer == mainEmployer { otherEmployer = context.catalogue.employerIndex(rng: &rng) }
            let secondID = mainID + 1
            let on = CalendarDate(dayNumber: second.on)
            let mainLinks = [AggregationLink(otherRecordID: secondID, kind: second.kind, on: on)]
            let secondLinks = second.kind == .aggregatedInto ? []
                : [AggregationLink(otherRecordID: mainID, kind: second.kind, on: on)]
            let gap = second.kind == .aggregatedInto ? (from: (second.dates.leftOn ?? dates.start) + 1, to: dates.start - 1) : nil
            batch.records.append(RecordGenerator.membership(identity, dates: dates, birth: birth, links: mainLinks,
                                                            aggregatedGap: gap, context: context, rng: &rng))
            let secondIdentity = RecordGenerator.Identity(id: secondID, personID: personID, personIndex: index, post: 1,
                                                          employerIndex: otherEmployer)
            batch.records.append(RecordGenerator.membership(secondIdentity, dates: second.dates, birth: birth,
                                                            links: secondLinks, aggregatedGap: nil, context: context,
                                                            rng: &rng))
            firstStart = min(firstStart, second.dates.start)
        }
        let (person, nominations) = PersonGenerator.person(id: personID, index: index, kind: plan.kind, birth: birth,
                                                           firstStart: firstStart, context: context, rng: &rng)
        batch.people.append(person)
        for nomination in nominations { batch.nominations.append((personID: personID, nomination: nomination)) }
    }

    /// How many records person `index` will have (the plan alone, without generating them).
    static func recordCount(index: Int, seed: UInt64) -> Int {
        var rng = stream(seed: seed, index: index)
        return PersonPlan.draw(rng: &rng).recordCount
    }
}
