import Foundation

/// What one load phase measured: the rate offered, how long it took and its tally.
struct BenchPortalPhase {
    var offered: Double
    var seconds: Double
    var tally: BenchTally

    func rate(_ name: String) -> Double { Double(tally.number(name)) / max(seconds, 0.001) }
}

/// The figures of `lgps bench portal` and the targets of the issue (PERF-1, PERF-2, PERF-3 record page, REL-9).
struct BenchPortalReport {
    var cores: Int
    var records = 0
    var accounts = 0
    var setupSeconds = 0.0
    var hashMilliseconds = 0.0
    var parallelHashRate = 0.0
    var signIn: BenchPortalPhase?
    var overload: BenchPortalPhase?
    var overloadPages: BenchPortalPhase?
    var pages: BenchPortalPhase?
    var peakMemory: Int?

    init(cores: Int) { self.cores = cores }

    /// The measured hash ceiling: verifications per second with every core hashing at once and doing nothing
    /// else. This is what the machine can sign in at most; the cores share memory bandwidth and caches (argon2id
    /// uses 19 MiB per hash), so it is below `independentCeiling`.
    var ceiling: Double { parallelHashRate }
    /// One thread's hash rate times the cores: what the cores could do if they did not share anything.
    var independentCeiling: Double { Double(cores) * 1000 / max(hashMilliseconds, 0.001) }

    func text(command: String) -> String {
        var lines = ["", "lgps bench portal — \(command)",
                     "Fund: \(records.grouped) pension records; \(accounts.grouped) portal accounts made in "
                        + String(format: "%.1f", setupSeconds) + " s (one shared password hash, own TOTP secrets)",
                     "Hash ceiling (measured): argon2id m=19 MiB t=2 p=1, \(cores) threads hashing at once: "
                        + String(format: "%.1f", ceiling) + " verifications/s",
                     "  (one thread alone: " + String(format: "%.1f", hashMilliseconds) + " ms a verify; × \(cores) cores = "
                        + String(format: "%.1f", independentCeiling) + "/s if the cores shared nothing; the measured "
                        + "ceiling is " + String(format: "%.0f", ceiling / max(independentCeiling, 0.001) * 100) + "% of that)"]
        lines += signInLines + overloadLines + pageLines
        lines.append("Peak memory (server and client, one process): " + (peakMemory.map { "\($0) MiB" } ?? "unknown"))
        return lines.joined(separator: "\n")
    }

    private static func verdict(_ pass: Bool) -> String { pass ? "PASS" : "FAIL" }

    private var signInLines: [String] {
        guard let phase = signIn else { return [] }
        let achieved = phase.rate("signed in"), share = achieved / max(ceiling, 0.001) * 100
        let independentShare = achieved / max(independentCeiling, 0.001) * 100
        let total = phase.tally.percentiles("sign-in")
        return [
            "Sign-in: offered " + String(format: "%.1f", phase.offered) + "/s for " + String(format: "%.1f", phase.seconds)
                + " s; achieved " + String(format: "%.1f", achieved) + " sign-ins/s = " + String(format: "%.0f", share)
                + "% of the measured ceiling (" + String(format: "%.0f", independentShare) + "% of one thread × cores)",
            "  password POST: " + phase.tally.percentiles("password").summary,
            "  whole sign-in (from when due: form, password, code): " + total.summary,
            "  counts: " + phase.tally.allCounts,
            "  [\(Self.verdict(share >= 80))] ≥ 80% of the ceiling   [\(Self.verdict(total.at(99) < 1000))] p99 < 1 s",
        ]
    }

    private var overloadLines: [String] {
        guard let phase = overload else { return [] }
        let tally = phase.tally
        let shed = tally.number("503 with Retry-After")
        let offered = Int(phase.offered * phase.seconds)
        var bad = tally.number("503 without Retry-After") + tally.number("timed out") + tally.number("connection error")
        for status in 500...599 where status != 503 {
            bad += tally.number("password status \(status)") + tally.number("code status \(status)")
                + tally.number("form status \(status)")
        }
        let shedTime = tally.percentiles("503")
        var lines = [
            "Overload: offered " + String(format: "%.1f", phase.offered) + "/s for " + String(format: "%.1f", phase.seconds)
                + " s; signed in " + String(format: "%.1f", phase.rate("signed in")) + "/s; answered 503 with Retry-After "
                + "\(shed.grouped) of \(offered.grouped) (" + String(format: "%.0f", Double(shed) / Double(max(offered, 1)) * 100) + "%)",
            "  time to 503: " + shedTime.summary,
            "  counts: " + tally.allCounts,
            "  [\(Self.verdict(shed > 0 && shedTime.at(99) < 100))] 503 + Retry-After within 100 ms (p99)   "
                + "[\(Self.verdict(bad == 0))] no timeouts, no other 5xx, no 503 without Retry-After",
        ]
        if let pages = overloadPages {
            let latency = pages.tally.percentiles("page")
            lines.append("  signed-in pages meanwhile: " + String(format: "%.1f", pages.rate("page ok")) + "/s, "
                         + latency.summary + "; counts: " + pages.tally.allCounts)
            lines.append("  [\(Self.verdict(latency.at(99) < 500))] signed-in pages p99 < 500 ms during overload (REL-9)")
        }
        return lines
    }

    private var pageLines: [String] {
        guard let phase = pages else { return [] }
        let latency = phase.tally.percentiles("page"), achieved = phase.rate("page ok")
        return [
            "Record pages (/portal/home and /portal/records/{id}, alternately): offered "
                + String(format: "%.0f", phase.offered) + "/s for " + String(format: "%.1f", phase.seconds) + " s; achieved "
                + String(format: "%.1f", achieved) + "/s",
            "  latency (from when due): " + latency.summary,
            "  counts: " + phase.tally.allCounts,
            "  [\(Self.verdict(achieved >= 200))] ≥ 200 requests/s   [\(Self.verdict(latency.at(99) < 300))] p99 < 300 ms",
        ]
    }
}
