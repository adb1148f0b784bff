/// A plain description of the browser and system a session was started from ("Firefox on Windows"), so a member
/// can recognise their own sessions when they list them (SESS-5). Only the User-Agent header is read; the address
/// is not shown. Unrecognised agents are "A web browser".
public enum DeviceDescription {
    /// Browsers, most specific first: Edge and Opera also say "Chrome", and Chrome also says "Safari".
    static let browsers: [(token: String, name: String)] = [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("SamsungBrowser/", "Samsung Internet"), ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"), ("CriOS/", "Chrome"), ("Chrome/", "Chrome"), ("Safari/", "Safari"),
    ]
    /// Systems, most specific first: Android also says "Linux", and iPhones say "like Mac OS X".
    static let systems: [(token: String, name: String)] = [
        ("iPhone", "iPhone"), ("iPad", "iPad"), ("Android", "Android"), ("CrOS", "ChromeOS"),
        ("Windows", "Windows"), ("Mac OS X", "Mac"), ("Linux", "Linux"),
    ]
    /// The longest header read, so a huge header costs nothing (VAL-1).
    static let maximumLength = 512

    /// "Browser on system", either part left out when unknown.
    public static func describe(userAgent: String?) -> String {
        let agent = String((userAgent ?? "").prefix(maximumLength))
        let browser = browsers.first { agent.contains($0.token) }?.name
        let system = systems.first { agent.contains($0.token) }?.name
        switch (browser, system) {
        case let (browser?, system?): return "\(browser) on \(system)"
        case let (browser?, nil): return browser
        case let (nil, system?): return "A web browser on \(system)"
        case (nil, nil): return "A web browser"
        }
    }
}
