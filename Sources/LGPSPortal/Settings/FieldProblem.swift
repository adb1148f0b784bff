import LGPSRules

/// A problem with one field of a form, for the GOV.UK error summary and the message beside the field (VAL-1):
/// LGPSRules' `FieldError` (`field`, `message`), which the web layer already shows, so portal forms need nothing new.
public typealias FieldProblem = FieldError

/// A problem with one of the fund's portal settings (VAL-1): the setting's name and the message.
public typealias SettingsProblem = FieldError
