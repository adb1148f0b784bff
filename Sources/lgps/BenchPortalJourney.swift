import Foundation
import LGPSPortal
import LGPSStorage

/// A benchmark member: a portal account with a known password and authenticator secret, and their record ids.
struct BenchMember: Sendable {
    var email: String
    var secret: TOTPSecret
    var recordIDs: [Int64]
}

/// A signed-in browser: its cookies (`name=value; ...`) and the member's record ids.
struct BenchSession: Sendable {
    var cookieHeader: String
    var recordIDs: [Int64]
}

/// Hands out accounts whose authenticator code for the current 30-second step has not been used yet (the
/// server accepts each code once per account, AUTH-12), roughly oldest-returned first.
final class BenchAccountPool: @unchecked Sendable {
    private let lock = NSLock()
    private var order: [Int]
    private var head = 0
    private var lastStep: [Int64]

    init(count: Int) {
        order = Array(0..<count)
        lastStep = Array(repeating: -1, count: count)
    }

    /// An account free at `step`, or nil when every account has signed in during this step.
    func take(step: Int64) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard let free = order[head...].firstIndex(where: { lastStep[$0] < step }) else { return nil }
        order.swapAt(head, free)
        head += 1
        if head > 4_096 { order.removeFirst(head); head = 0 }
        return order[head - 1]
    }

    /// Returns an account, with the step whose code it used (nil: no code was sent).
    func give(_ index: Int, usedStep: Int64?) {
        lock.lock(); defer { lock.unlock() }
        if let usedStep { lastStep[index] = usedStep }
        order.append(index)
    }
}

/// Signed-in sessions from the sign-in phase, for the record-page phases.
final class BenchSessionBook: @unchecked Sendable {
    private let lock = NSLock()
    private var sessions: [BenchSession] = []

    func add(_ session: BenchSession) { lock.lock(); sessions.append(session); lock.unlock() }
    var all: [BenchSession] { lock.lock(); defer { lock.unlock() }; return sessions }
}

/// One browser's complete sign-in — GET the form, POST the password, POST the authenticator code — timed and
/// counted into a tally under names the report reads.
struct BenchSignIn {
    static let password = "bench portal passphrase 2026"

    let connection: BenchConnection
    let members: [BenchMember]
    let pool: BenchAccountPool
    let sessions: BenchSessionBook?
    let tally: BenchTally

    func run(due: ContinuousClock.Instant) {
        let step = Self.now().microseconds / 1_000_000 / TOTPVerifier.stepSeconds
        guard let index = pool.take(step: step) else { tally.count("no free account"); return }
        var usedStep: Int64?
        defer { pool.give(index, usedStep: usedStep) }
        let member = members[index]
        var jar: [String: String] = [:]
        do {
            let form = try connection.send("GET", "/portal/sign-in")
            remember(form, in: &jar)
            guard form.status == 200, let token = Self.csrfToken(in: form.text) else {
                tally.count("form status \(form.status)"); return
            }
            let body = "email=\(Self.encode(member.email))&password=\(Self.encode(Self.password))&csrfToken=\(token)"
            let sent = ContinuousClock.now
            let passwordReply = try connection.send("POST", "/portal/sign-in", headers: cookies(jar), body: body)
            let passwordTime = ContinuousClock.now - sent
            remember(passwordReply, in: &jar)
            guard passwordReply.status == 303 else {
                record(refusal: passwordReply, after: passwordTime); return
            }
            tally.time("password", passwordTime)
            let codeTime = Self.now()
            let code = member.secret.code(at: codeTime)
            usedStep = codeTime.microseconds / 1_000_000 / TOTPVerifier.stepSeconds
            let codeReply = try connection.send("POST", "/portal/sign-in/code", headers: cookies(jar),
                                                body: "code=\(code)&csrfToken=\(token)")
            remember(codeReply, in: &jar)
            guard codeReply.status == 303, codeReply.header("location") == "/portal/home" else {
                tally.count("code status \(codeReply.status)"); return
            }
            tally.time("sign-in", ContinuousClock.now - due)
            tally.count("signed in")
            sessions?.add(BenchSession(cookieHeader: cookies(jar)[0].1, recordIDs: member.recordIDs))
        } catch BenchHTTPError.timedOut {
            tally.count("timed out")
        } catch {
            tally.count("connection error")
        }
    }

    /// A password POST that did not lead to the code step: 503 (with or without Retry-After), 429 or other.
    private func record(refusal reply: BenchReply, after time: Duration) {
        switch reply.status {
        case 503 where reply.header("retry-after") != nil:
            tally.count("503 with Retry-After")
            tally.time("503", time)
        case 503:
            tally.count("503 without Retry-After")
        default:
            tally.count("password status \(reply.status)")
        }
    }

    private func remember(_ reply: BenchReply, in jar: inout [String: String]) {
        for (name, value) in reply.cookies { jar[name] = value }
    }

    private func cookies(_ jar: [String: String]) -> [(String, String)] {
        [("Cookie", jar.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))]
    }

    /// The hidden `csrfToken` field's value in a form page.
    static func csrfToken(in html: String) -> String? {
        guard let field = html.range(of: "name=\"csrfToken\" value=\"") else { return nil }
        let rest = html[field.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static func now() -> Timestamp { Timestamp(microseconds: Int64(Date().timeIntervalSince1970 * 1_000_000)) }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// One signed-in page view: `/portal/home` on even arrivals, a record page on odd ones, for session
/// `index % count`. Anything but 200 is counted by status.
struct BenchRecordPage {
    let connection: BenchConnection
    let sessions: [BenchSession]
    let tally: BenchTally
    let name: String

    func run(index: Int, due: ContinuousClock.Instant) {
        let session = sessions[index % sessions.count]
        let path = index % 2 == 0 || session.recordIDs.isEmpty
            ? "/portal/home" : "/portal/records/\(session.recordIDs[(index / 2) % session.recordIDs.count])"
        do {
            let reply = try connection.send("GET", path, headers: [("Cookie", session.cookieHeader)])
            guard reply.status == 200 else { tally.count("\(name) status \(reply.status)"); return }
            tally.time(name, ContinuousClock.now - due)
            tally.count("\(name) ok")
        } catch BenchHTTPError.timedOut {
            tally.count("\(name) timed out")
        } catch {
            tally.count("\(name) connection error")
        }
    }
}
