extension PDFRenderer {
    /// Waits until fewer than `pages` renders are in flight, then counts this one in.
    func acquireSlot() async {
        if busySlots < pages {
            busySlots += 1
            return
        }
        await withCheckedContinuation { slotWaiters.append($0) }
    }

    /// Hands this render's slot to the longest-waiting render, or frees it.
    func releaseSlot() {
        if slotWaiters.isEmpty {
            busySlots -= 1
        } else {
            slotWaiters.removeFirst().resume()
        }
    }

    /// The running browser, launching one (once, shared by every caller waiting meanwhile) if there is none or
    /// the last one died; the dead one is shut down and reaped first.
    func runningBrowser() async throws -> ChromiumBrowser {
        if let browser, browser.isAlive { return browser }
        if let launching { return try await launching.value }
        let previous = browser
        browser = nil
        idleTabs = []
        let task = Task { [self, command, callTimeout] () throws -> ChromiumBrowser in
            defer { self.launching = nil }
            if let previous { await previous.shutdown() }
            let launched = try await ChromiumBrowser.launch(command, callTimeout: callTimeout)
            self.browser = launched
            return launched
        }
        launching = task
        return try await task.value
    }

    /// An idle tab of `browser`, or a new one.
    func takeTab(in browser: ChromiumBrowser) async throws -> PrintTab {
        idleTabs.removeAll { $0.browser !== browser }
        if let tab = idleTabs.popLast() { return tab }
        return try await PrintTab.open(in: browser)
    }

    /// Keeps `tab` for the next render, unless its browser has gone or it has printed its share.
    func putBack(_ tab: PrintTab) async {
        if tab.browser === browser, tab.browser.isAlive, tab.renders < Self.rendersPerTab {
            idleTabs.append(tab)
        } else {
            await tab.close()
        }
    }
}
