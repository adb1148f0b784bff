import Foundation
import Glibc
import Testing

@testable import LGPSPDF

extension ChromiumRendererTests {
    @Test("stop() leaves no Chromium child, no process using its profile and no profile directory")
    func stopLeavesNothingBehind() async throws {
        let renderer = PDFRenderer()
        try await renderer.start()
        let browser = try #require(await renderer.browser)
        _ = try await renderer.render(html: StatementFixture.html(), documentDate: Self.documentDate)
        #expect(ChildProcesses.chromiumChildren().contains(browser.process.pid))
        #expect(!ChildProcesses.processes(mentioning: browser.profileDirectory).isEmpty)
        await renderer.stop()
        #expect(!ChildProcesses.chromiumChildren().contains(browser.process.pid))
        #expect(kill(browser.process.pid, 0) == -1)
        #expect(try await helpersGone(mentioning: browser.profileDirectory))
        #expect(!FileManager.default.fileExists(atPath: browser.profileDirectory))
    }

    /// Whether, within a second, no process mentions `profile` (killed helpers may take a moment to go).
    private func helpersGone(mentioning profile: String) async throws -> Bool {
        for _ in 0..<100 {
            if ChildProcesses.processes(mentioning: profile).isEmpty { return true }
            try await Task.sleep(for: .milliseconds(10))
        }
        return false
    }

    @Test("A renderer dropped without stop() kills and reaps its browser and deletes its profile")
    func droppedRendererCleansUp() async throws {
        var renderer: PDFRenderer? = PDFRenderer()
        try await renderer?.start()
        let browser = try #require(await renderer?.browser)
        renderer = nil
        #expect(!ChildProcesses.chromiumChildren().contains(browser.process.pid))
        #expect(!FileManager.default.fileExists(atPath: browser.profileDirectory))
    }

    @Test("start() twice keeps one browser")
    func startIsIdempotent() async throws {
        try await withRenderer { renderer in
            try await renderer.start()
            let first = await renderer.browser?.process.pid
            try await renderer.start()
            #expect(await renderer.browser?.process.pid == first)
        }
    }

    @Test("After Chromium dies the next render starts a new one")
    func restartsAfterCrash() async throws {
        try await withRenderer { renderer in
            try await renderer.start()
            let crashed = try #require(await renderer.browser)
            kill(crashed.process.pid, SIGKILL)
            while crashed.isAlive { try await Task.sleep(for: .milliseconds(10)) }
            let pdf = try await renderer.render(html: StatementFixture.html(), documentDate: Self.documentDate)
            #expect(pdf.starts(with: Array("%PDF-".utf8)))
            #expect(await renderer.browser?.process.pid != crashed.process.pid)
            #expect(!ChildProcesses.chromiumChildren().contains(crashed.process.pid))
        }
    }

    @Test("A render after stop() starts the browser again")
    func rendersAfterStop() async throws {
        try await withRenderer { renderer in
            _ = try await renderer.render(html: StatementFixture.html(), documentDate: Self.documentDate)
            await renderer.stop()
            let pdf = try await renderer.render(html: StatementFixture.html(), documentDate: Self.documentDate)
            #expect(pdf.starts(with: Array("%PDF-".utf8)))
        }
    }
}
