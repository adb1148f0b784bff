/// Checks that a post is not left before it was joined (VAL-2): "Leaving date must be the same as or after the
/// pensionable start date".
public func validateLeavingDate(_ leftOn: CalendarDate?, pensionableStart: CalendarDate,
                                field: String = "leftOn") -> [FieldError] {
    guard let leftOn, leftOn < pensionableStart else { return [] }
    return [FieldError(field: field,
                       message: "Leaving date must be the same as or after the pensionable start date")]
}
