import Foundation

/// A stand-in for Chromium: a small Python program that speaks just enough of the DevTools protocol on fds 3
/// and 4 to open a tab, then misbehaves at the print in the way its `Behaviour` says.
enum FakeChromium {
    /// How the fake misbehaves once a document is loaded.
    enum Behaviour: String {
        /// Exits (as a crashed browser would) when a document is loaded.
        case exitOnLoad
        /// Answers `Page.printToPDF` with a DevTools error.
        case refusePrint
        /// Never answers `Page.printToPDF`.
        case ignorePrint
    }

    /// Writes the fake into a new temporary directory, runs `body` with its path (to pass as `chromiumPath`),
    /// and deletes the directory afterwards.
    static func with<T>(_ behaviour: Behaviour, _ body: (String) async throws -> T) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fake-chromium-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("chromium").path
        try script(behaviour).write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return try await body(path)
    }

    private static func script(_ behaviour: Behaviour) -> String {
        """
        #!/usr/bin/env python3
        import json, os
        behaviour = "\(behaviour.rawValue)"
        answers = {"Target.createTarget": {"targetId": "T1"}, "Target.attachToTarget": {"sessionId": "S1"},
                   "Page.getFrameTree": {"frameTree": {"frame": {"id": "F1"}}}}
        def send(message):
            os.write(4, json.dumps(message).encode() + b"\\0")
        def answer(call, **fields):
            send(dict(id=call["id"], sessionId=call.get("sessionId"), **fields))
        pending = b""
        while True:
            chunk = os.read(3, 65536)
            if not chunk:
                break
            pending += chunk
            while b"\\0" in pending:
                raw, pending = pending.split(b"\\0", 1)
                call = json.loads(raw)
                method = call["method"]
                if method == "Browser.close":
                    answer(call, result={})
                    os._exit(0)
                if method == "Page.setDocumentContent" and behaviour == "exitOnLoad":
                    os._exit(1)
                if method == "Page.printToPDF":
                    if behaviour == "refusePrint":
                        answer(call, error={"code": -32000, "message": "Printing failed"})
                    continue
                answer(call, result=answers.get(method, {}))
                if method in ("Page.navigate", "Page.setDocumentContent"):
                    send({"method": "Page.loadEventFired", "params": {}, "sessionId": call["sessionId"]})
        """
    }
}
