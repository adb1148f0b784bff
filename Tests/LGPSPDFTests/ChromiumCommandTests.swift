import Testing

@testable import LGPSPDF

struct ChromiumCommandTests {
    @Test("The caller's path wins over LGPS_CHROMIUM, which wins over /usr/bin/chromium")
    func pathPrecedence() {
        let environment = ["LGPS_CHROMIUM": "/opt/chromium/chrome"]
        #expect(ChromiumCommand(executable: "/x/chromium", environment: environment).executable == "/x/chromium")
        #expect(ChromiumCommand(executable: nil, environment: environment).executable == "/opt/chromium/chrome")
        #expect(ChromiumCommand(executable: nil, environment: [:]).executable == "/usr/bin/chromium")
        #expect(ChromiumCommand(executable: nil, environment: ["LGPS_CHROMIUM": ""]).executable == "/usr/bin/chromium")
    }

    @Test("Chromium runs headless with the DevTools pipe, its own profile, and a blank page last")
    func arguments() {
        let arguments = ChromiumCommand(executable: "/usr/bin/chromium", environment: [:])
            .arguments(profileDirectory: "/tmp/profile")
        #expect(arguments.first == "/usr/bin/chromium")
        #expect(arguments.contains("--headless=new"))
        #expect(arguments.contains("--remote-debugging-pipe"))
        #expect(arguments.contains("--user-data-dir=/tmp/profile"))
        #expect(arguments.last == "about:blank")
    }
}
