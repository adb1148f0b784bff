import Testing
import Foundation
@testable import LGPSPortal

/// AUTH-12: TOTP (RFC 6238) under fixed timestamps, not the wall clock.
@Suite struct TOTPTests {
    /// RFC 6238 appendix B's SHA-1 secret, the ASCII bytes of "12345678901234567890", in base 32.
    let rfcSecret = TOTPSecret(storedValue: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
    let verifier = TOTPVerifier()

    @Test("RFC 6238 appendix B, SHA-1: 94287082 at T = 59 s, so the 6-digit code is 287082")
    func rfcVectors() {
        #expect(rfcSecret.key == Array("12345678901234567890".utf8))
        #expect(rfcSecret.code(forStep: 1, digits: 8) == "94287082")
        #expect(rfcSecret.code(at: at(59)) == "287082")
        // More rows of the same table (8 digits): T = 1111111109, 1234567890, 2000000000.
        #expect(rfcSecret.code(forStep: 1_111_111_109 / 30, digits: 8) == "07081804")
        #expect(rfcSecret.code(forStep: 1_234_567_890 / 30, digits: 8) == "89005924")
        #expect(rfcSecret.code(forStep: 2_000_000_000 / 30, digits: 8) == "69279037")
    }

    @Test("AUTH-12: a code works at t, is refused when replayed at t, and the next step's code works at t + 30 s")
    func acceptedOnce() {
        let t = noonOnFirstMarch2026
        let code = rfcSecret.code(at: t)
        let first = verifier.verify(code, secret: rfcSecret, at: t, lastUsedStep: nil)
        guard case .accepted(let step) = first else {
            Issue.record("expected the code to be accepted, got \(first)")
            return
        }
        #expect(verifier.verify(code, secret: rfcSecret, at: t, lastUsedStep: step) == .replayed)
        let next = rfcSecret.code(at: at(1_772_366_440))
        #expect(verifier.verify(next, secret: rfcSecret, at: at(1_772_366_440), lastUsedStep: step)
                == .accepted(step: step + 1))
    }

    @Test("AUTH-12: one step of drift is allowed (the code from t still works at t + 30 s), three are not")
    func drift() {
        let code = rfcSecret.code(at: noonOnFirstMarch2026)
        let step = TOTPVerifier.step(at: noonOnFirstMarch2026)
        #expect(verifier.verify(code, secret: rfcSecret, at: at(1_772_366_440), lastUsedStep: nil)
                == .accepted(step: step))
        #expect(verifier.verify(code, secret: rfcSecret, at: at(1_772_366_380), lastUsedStep: nil)
                == .accepted(step: step))
        #expect(verifier.verify(code, secret: rfcSecret, at: at(1_772_366_500), lastUsedStep: nil) == .wrong)
    }

    @Test("AUTH-12: spaces in the typed code are ignored; anything but six digits is malformed")
    func typing() {
        let code = rfcSecret.code(at: noonOnFirstMarch2026)
        let spaced = " \(code.prefix(3)) \(code.suffix(3)) "
        #expect(verifier.verify(spaced, secret: rfcSecret, at: noonOnFirstMarch2026, lastUsedStep: nil)
                == .accepted(step: TOTPVerifier.step(at: noonOnFirstMarch2026)))
        for typed in ["", "12345", "1234567", "12a456", "١٢٣٤٥٦"] {
            #expect(verifier.verify(typed, secret: rfcSecret, at: noonOnFirstMarch2026, lastUsedStep: nil)
                    == .malformed, "\(typed)")
        }
    }

    @Test("AUTH-12: a wrong code is wrong; a damaged stored secret accepts nothing")
    func wrongAndDamaged() {
        let code = rfcSecret.code(at: noonOnFirstMarch2026)
        let other = String((Int(code)! + 1) % 1_000_000).leftPadded(to: 6)
        #expect(verifier.verify(other, secret: rfcSecret, at: noonOnFirstMarch2026, lastUsedStep: nil) == .wrong)
        let damaged = TOTPSecret(storedValue: "not base 32!")
        #expect(verifier.verify(damaged.code(at: noonOnFirstMarch2026), secret: damaged,
                                at: noonOnFirstMarch2026, lastUsedStep: nil) == .wrong)
    }

    @Test("CRYPTO-2: new secrets are 160 bits, differ, and survive storing, display and JSON")
    func generatedSecrets() throws {
        let secret = TOTPSecret.generate()
        #expect(secret.key.count == 20)
        #expect(secret.base32.count == 32)
        #expect(secret != TOTPSecret.generate())
        #expect(TOTPSecret(storedValue: secret.storedValue) == secret)
        #expect(TOTPSecret(storedValue: secret.displayGroups) == secret)
        #expect(secret.displayGroups.split(separator: " ").map(\.count) == Array(repeating: 4, count: 8))
        let json = try JSONEncoder().encode([secret])
        #expect(try JSONDecoder().decode([TOTPSecret].self, from: json) == [secret])
    }

    @Test("AUTH-12: the authenticator address names issuer, account, secret, SHA-1, 6 digits and 30 seconds")
    func authenticatorURL() {
        let url = rfcSecret.authenticatorURL(account: "jane@example.org", issuer: "West Yorkshire Pension Fund")
        #expect(url == "otpauth://totp/West%20Yorkshire%20Pension%20Fund:jane%40example.org"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=West%20Yorkshire%20Pension%20Fund"
                + "&algorithm=SHA1&digits=6&period=30")
    }
}

extension String {
    /// The text with zeros in front up to `length` characters.
    func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
