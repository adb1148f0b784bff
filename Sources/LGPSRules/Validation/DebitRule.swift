/// Validates the add-a-debit form and returns the debit, or every field error. The kind is required; the
/// effective date is required, real, not after `today` and not before the record's pensionable start; the
/// annual pension debit is required and more than £0; the lump sum and survivor's pension debits are optional
/// and only for a pension sharing order (a scheme pays debit reduces the pension alone); the cash amount is
/// optional; the reference is required (the court order or the tax charge it settles).
/// - Legislation: Welfare Reform and Pensions Act 1999 s. 29–31 (pension sharing); Finance Act 2004 s. 237B
///   (scheme pays); SI 2013/2356 reg. 96. Checklist VAL-1, VAL-2.
/// - Parameters:
///   - record: The record the debit is against (its pensionable start bounds the date).
///   - today: Today's date, passed in (no clock inside rules).
public func validateDebit(_ form: DebitForm, record: PensionRecord, today: CalendarDate) -> Validated<Debit> {
    let kind = DebitKind(rawValue: form.kind)
    var errors: [FieldError] = kind == nil
        ? [FieldError(field: "kind", message: "Select what the debit is for")] : []
    let date = validateDateInput(day: form.effectiveDay, month: form.effectiveMonth, year: form.effectiveYear,
                                 field: "effectiveOn", label: "Date the debit took effect", required: true)
    let annual = validateMoneyInput(form.annualAmount, field: "annualAmount", label: "Annual pension debit",
                                    requiredMessage: "Enter the annual pension debit")
    let lumpSum = validateMoneyInput(form.lumpSumAmount, field: "lumpSumAmount", label: "Lump sum debit",
                                     requiredMessage: nil)
    let survivor = validateMoneyInput(form.survivorAmount, field: "survivorAmount",
                                      label: "Survivor’s pension debit", requiredMessage: nil)
    let cash = validateMoneyInput(form.cashAmount, field: "cashAmount", label: "Cash amount", requiredMessage: nil)
    let reference = validateText(form.reference, field: "reference", label: "Reference",
                                 requiredMessage: "Enter the court order or tax charge reference")
    errors += date.errors + annual.errors + lumpSum.errors + survivor.errors + cash.errors + reference.errors
    if case .valid(let effective?) = date {
        if effective > today {
            errors.append(FieldError(field: "effectiveOn", message: "Date the debit took effect must be today or in the past"))
        } else if effective < record.pensionableStart {
            errors.append(FieldError(field: "effectiveOn", message: "Date the debit took effect must be on or after "
                                     + "the pensionable start date, \(record.pensionableStart.longUK)"))
        }
    }
    if kind == .annualAllowanceSchemePays {
        for (field, value, label) in [("lumpSumAmount", lumpSum.value ?? nil, "lump sum"),
                                      ("survivorAmount", survivor.value ?? nil, "survivor’s pension")] where value != nil {
            errors.append(FieldError(field: field, message: "A scheme pays debit has no \(label) debit: leave this empty"))
        }
    }
    errors.sort { fieldOrder.firstIndex(of: $0.field) ?? 0 < fieldOrder.firstIndex(of: $1.field) ?? 0 }
    guard errors.isEmpty, let kind, case .valid(let effective?) = date, case .valid(let amount?) = annual,
          let reference = reference.value else { return .invalid(errors) }
    return .valid(Debit(kind: kind, effectiveOn: effective, annualAmount: amount, cashAmount: cash.value ?? nil,
                        lumpSumAmount: lumpSum.value ?? nil, survivorAnnualAmount: survivor.value ?? nil,
                        reference: reference))
}

/// The form's fields in the order they are shown, so errors are listed in that order.
private let fieldOrder = ["kind", "effectiveOn", "annualAmount", "lumpSumAmount", "survivorAmount", "cashAmount",
                          "reference"]
