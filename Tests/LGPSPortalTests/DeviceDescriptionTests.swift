import LGPSPortal
import Testing

@Suite("Device description")
struct DeviceDescriptionTests {
    @Test("Common browsers and systems are named; Edge and Opera are not mistaken for Chrome, nor Android for Linux",
          arguments: [
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0", "Edge on Windows"),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0", "Firefox on Windows"),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari on iPhone"),
            ("Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36", "Samsung Internet on Android"),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 OPR/111.0.0.0", "Opera on Mac"),
            ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36", "Chrome on Linux"),
            ("curl/8.5.0", "A web browser"),
            ("", "A web browser"),
          ])
    func describes(agent: String, expected: String) {
        #expect(DeviceDescription.describe(userAgent: agent) == expected)
    }

    @Test("No header, or an enormous one, is described without reading past the limit")
    func limits() {
        #expect(DeviceDescription.describe(userAgent: nil) == "A web browser")
        let huge = String(repeating: "x", count: 100_000) + " Firefox/128.0"
        #expect(DeviceDescription.describe(userAgent: huge) == "A web browser")
    }
}
