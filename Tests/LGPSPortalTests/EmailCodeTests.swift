import Testing
import Foundation
@testable import LGPSPortal

/// AUTH-13: emailed codes are 6 digits, last 10 minutes, are bound to their request, allow 5 wrong tries and are
/// accepted once. The record holds only a hash.
@Suite struct EmailCodeTests {
    let issued = noonOnFirstMarch2026
    let purpose = "sign-in:attempt-1"

    @Test("AUTH-13: a 6-digit code; the record keeps its SHA-256, never the code")
    func issue() throws {
        let (code, record) = EmailCode.issue(at: issued, purpose: purpose)
        #expect(code.count == 6 && code.allSatisfy(\.isASCIIDigit))
        #expect(record.codeHash == SHA256Hex.digest(code))
        let json = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        #expect(!json.contains(code))
        #expect(try JSONDecoder().decode(EmailCode.self, from: Data(json.utf8)) == record)
    }

    @Test("AUTH-13: accepted within 10 minutes, once; the same code again is treated as expired")
    func acceptedOnce() {
        var (code, record) = EmailCode.issue(at: issued, purpose: purpose)
        #expect(record.check(code, purpose: purpose, at: at(1_772_366_410 + 599)) == .accepted)
        #expect(record.check(code, purpose: purpose, at: at(1_772_366_410 + 600)) == .expired)
        #expect(record.check(code, purpose: purpose, at: at(1_772_366_411)) == .expired)
    }

    @Test("AUTH-13: expired at exactly 10 minutes")
    func expiry() {
        var (code, record) = EmailCode.issue(at: issued, purpose: purpose)
        #expect(record.check(code, purpose: purpose, at: at(1_772_366_410 + 600)) == .expired)
    }

    @Test("AUTH-13: bound to its request: the right code for another purpose is wrong")
    func boundToRequest() {
        var (code, record) = EmailCode.issue(at: issued, purpose: purpose)
        #expect(record.check(code, purpose: "sign-in:attempt-2", at: issued) == .wrong)
        #expect(record.attempts == 1)
        #expect(record.check(" \(code) ", purpose: purpose, at: issued) == .accepted)
    }

    @Test("AUTH-13: after 5 wrong tries even the right code is refused")
    func attemptsLimit() {
        var (code, record) = EmailCode.issue(at: issued, purpose: purpose)
        let wrong = code == "000000" ? "000001" : "000000"
        for _ in 1...5 { #expect(record.check(wrong, purpose: purpose, at: issued) == .wrong) }
        #expect(record.check(code, purpose: purpose, at: issued) == .tooManyAttempts)
    }

    @Test("ConstantTime.equal compares every byte and the lengths")
    func constantTimeEquality() {
        #expect(ConstantTime.equal("abc", "abc"))
        #expect(!ConstantTime.equal("abc", "abd"))
        #expect(!ConstantTime.equal("abc", "abcd"))
    }
}
