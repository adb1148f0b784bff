/// The events that crystallise the underpin.
public enum UnderpinCrystallisationEvent: String, Sendable, Hashable, CaseIterable {
    case voluntaryRetirement = "voluntary retirement"
    case flexibleRetirement = "flexible retirement"
    case redundancyOrBusinessEfficiency = "redundancy or business efficiency retirement"
    case illHealthRetirement = "ill-health retirement"
    case trivialCommutation = "trivial commutation"
    case transferOut = "transfer out"
    case death = "death"
}

/// One event with its date.
public struct UnderpinCrystallisationTrigger: Sendable, Hashable {
    public var event: UnderpinCrystallisationEvent
    public var date: CalendarDate

    public init(event: UnderpinCrystallisationEvent, date: CalendarDate) {
        self.event = event
        self.date = date
    }
}

/// The underpin crystallisation date: the earliest of the events in which benefits are taken (voluntary or
/// flexible retirement, redundancy or efficiency retirement, ill-health retirement, trivial commutation, transfer
/// out, death); `nil` while none has happened.
/// - Legislation: SI 2014/525 regs. 4A–4U as inserted by SI 2023/972; seed 003 Annex B reg. 4(7)–(8); Annex C
public func underpinCrystallisationDate(_ triggers: [UnderpinCrystallisationTrigger])
    -> Calculation<UnderpinCrystallisationTrigger?> {
    let earliest = triggers.min { $0.date < $1.date }
    var working = Working()
    working.record(.init(title: "Underpin crystallisation date",
                         inputs: triggers.map { .init($0.event.rawValue, .date($0.date)) },
                         result: earliest.map { .date($0.date) } ?? .text("not yet crystallised"),
                         regulation: UnderpinLaw.cite("7"),
                         note: earliest.map { "the earliest event: \($0.event.rawValue)" }))
    return working.result(earliest)
}
