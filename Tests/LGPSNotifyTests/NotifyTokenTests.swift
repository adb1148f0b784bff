import Testing
@testable import LGPSNotify

@Suite("Notify API keys and tokens")
struct NotifyTokenTests {
    static let service = "26785a09-ab16-4eb0-8407-a37497a57506"
    static let secret = "3d844edf-8d35-48ac-975b-e847b4f122b0"
    static let keyText = "openlgps_test-\(service)-\(secret)"

    // The vector was made with PyJWT 2.15.1, as notifications-python-client's create_jwt_token calls it:
    // jwt.encode({"iss": service, "iat": 1767225600}, secret, headers={"typ": "JWT", "alg": "HS256"}).
    @Test("A token is byte for byte what notifications-python-client makes (PyJWT vector)")
    func pythonClientVector() throws {
        let key = try #require(NotifyAPIKey(Self.keyText))
        #expect(NotifyToken.make(key: key, issuedAt: 1_767_225_600) ==
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJpc3MiOiIyNjc4NWEwOS1hYjE2LTRlYjAtODQwNy1hMzc0OTdhNTc1MDYiLCJpYXQiOjE3NjcyMjU2MDB9"
            + ".832YhXzSka8UcMOF7Oa4OmqMuJlwHGLk1in_iovSrXI")
    }

    @Test("A key is split into its name, service id and secret; its description hides the secret")
    func parsesKey() throws {
        let key = try #require(NotifyAPIKey(Self.keyText))
        #expect(key.name == "openlgps_test" && key.serviceID == Self.service && key.secret == Self.secret)
        #expect(!key.description.contains(Self.secret) && !"\(key)".contains(Self.secret))
        #expect(NotifyAPIKey("my-key-with-dashes-\(Self.service)-\(Self.secret)")?.name == "my-key-with-dashes")
    }

    @Test("Text that is not a Notify key is refused",
          arguments: ["", "just-a-name", "name-\(service)", "name-\(service)-not-a-uuid-at-all-but-36-chars-long",
                      "name-\(service)x\(secret)", "name-\(String(service.dropFirst()))g-\(secret)"])
    func refusesMalformedKeys(text: String) {
        #expect(NotifyAPIKey(text) == nil)
    }

    @Test("The mock's check accepts a fresh token and refuses a forged, foreign or stale one")
    func verifier() throws {
        let key = try #require(NotifyAPIKey(Self.keyText))
        let verifier = NotifyTokenVerifier(keys: [key])
        let now: Int64 = 1_767_225_600
        #expect(verifier.problem(with: NotifyToken.make(key: key, issuedAt: now), now: now) == nil)
        #expect(verifier.problem(with: NotifyToken.make(key: key, issuedAt: now - 30), now: now) == nil)
        #expect(verifier.problem(with: NotifyToken.make(key: key, issuedAt: now - 31), now: now)?
            .contains("30 seconds") == true)
        #expect(verifier.problem(with: NotifyToken.make(key: key, issuedAt: now + 31), now: now) != nil)
        let forged = NotifyToken.make(serviceID: Self.service, secret: "another-secret", issuedAt: now)
        #expect(verifier.problem(with: forged, now: now)?.contains("signature") == true)
        let foreign = NotifyToken.make(serviceID: "00000000-0000-4000-8000-000000000000", secret: Self.secret,
                                       issuedAt: now)
        #expect(verifier.problem(with: foreign, now: now) != nil)
        #expect(verifier.problem(with: "not.a.token", now: now) != nil)
    }
}
