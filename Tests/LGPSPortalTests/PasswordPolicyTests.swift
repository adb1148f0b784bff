import Testing
@testable import LGPSPortal

/// AUTH-1, AUTH-2, AUTH-3, AUTH-4, AUTH-6: the rules for a new password.
@Suite struct PasswordPolicyTests {
    let policy = PasswordPolicy(contextWords: ["West Yorkshire Pension Fund", "Leeds City Council"])

    @Test("AUTH-1: 11 characters are refused and 12 accepted, counted as characters not bytes")
    func minimumLength() {
        #expect(policy.check("abcdefghijk", email: nil) == .tooShort(minimum: 12))
        #expect(policy.check("abcdefghijkm", email: nil) == nil)
        // 11 accented characters are 22 bytes but still 11 characters.
        #expect(policy.check(String(repeating: "é", count: 11), email: nil) == .tooShort(minimum: 12))
    }

    @Test("AUTH-2: 64 and 128 characters and 1,024 bytes are accepted; 1,025 bytes are refused")
    func maximumLength() {
        let base = "qx7!vb2#nm9$kz4%"
        for count in [64, 128, 1_024] {
            let password = String(String(repeating: base, count: 64).prefix(count))
            #expect(policy.check(password, email: nil) == nil, "\(count) characters")
        }
        let tooLong = String(String(repeating: base, count: 65).prefix(1_025))
        #expect(policy.check(tooLong, email: nil) == .tooLong(maximumBytes: 1_024))
        // 513 two-byte characters: 1,026 bytes, refused although there are only 513 characters.
        #expect(policy.check(String(repeating: "é", count: 513), email: nil) == .tooLong(maximumBytes: 1_024))
    }

    @Test("AUTH-3: no composition rules, so an all-lowercase passphrase is accepted")
    func noCompositionRules() {
        #expect(policy.check("correcthorsebatterystaple", email: nil) == nil)
    }

    @Test("AUTH-6: common passwords of 12 or more characters are refused, whatever their case")
    func commonPasswords() {
        #expect(CommonPasswords.all.count == 10_000)
        #expect(policy.check("leavemealone", email: nil) == .common)
        #expect(policy.check("LeaveMeAlone", email: nil) == .common)
        #expect(policy.check("leavemealone and go", email: nil) == nil)
    }

    @Test("AUTH-6: the standard context words and the fund's words are refused, case-insensitively")
    func contextWords() {
        #expect(policy.check("my LGPS account 99", email: nil) == .containsWord("lgps"))
        #expect(policy.check("MyPension2026!!", email: nil) == .containsWord("pension"))
        #expect(policy.check("not-my-password-x", email: nil) == .containsWord("password"))
        #expect(policy.check("yorkshirepudding", email: nil) == .containsWord("yorkshire"))
        #expect(policy.check("council tax is due", email: nil) == .containsWord("council"))
        // "City" has 4 letters and is checked; the words "of" or "the" would not be.
        #expect(policy.contextWords.contains("city"))
        #expect(PasswordPolicy(contextWords: ["Fund of the Isles"]).contextWords.contains("the") == false)
    }

    @Test("AUTH-6: the email address, or the part before the @, is refused")
    func email() {
        #expect(policy.check("jane.smith@example.org!", email: "Jane.Smith@example.org") == .containsEmail)
        #expect(policy.check("JANE.SMITH rules ok", email: "jane.smith@example.org") == .containsEmail)
        #expect(policy.check("a quiet blue river", email: "jane.smith@example.org") == nil)
    }

    @Test("AUTH-4: the password is checked as typed: spaces count towards the length")
    func noTrimming() {
        #expect(policy.check("  short    ", email: nil) == .tooShort(minimum: 12))
        #expect(policy.check("  shortish   ", email: nil) == nil)
    }

    @Test("Messages follow GOV.UK style and use the limits")
    func messages() {
        #expect(PasswordProblem.tooShort(minimum: 12).message == "Your password must be 12 characters or more")
        #expect(PasswordProblem.tooLong(maximumBytes: 1_024).message.hasPrefix(
            "Your password must be 1,024 bytes or fewer"))
        #expect(PasswordProblem.containsWord("pension").message == "Your password must not contain ‘pension’")
        #expect(PasswordProblem.common.message == "Choose a password that is harder to guess: this one is very common")
    }
}
