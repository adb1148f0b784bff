import LGPSStorage

/// A fixed moment for tests: `seconds` after 1970 (no clock is read anywhere in these tests).
func at(_ seconds: Int64) -> Timestamp {
    Timestamp(microseconds: seconds * 1_000_000)
}

/// A moment well inside a 30-second TOTP step and far from 1970: 2026-03-01 12:00:10 UTC.
let noonOnFirstMarch2026 = at(1_772_366_410)
