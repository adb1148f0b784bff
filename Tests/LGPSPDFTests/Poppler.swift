import Foundation

/// Runs the poppler tools (`pdfinfo`, `pdftotext`; `scripts/setup-system` installs them) on a PDF in memory.
enum Poppler {
    /// `pdfinfo` of `pdf`: lines such as `Title:  …` and `Tagged:  yes`.
    static func info(_ pdf: [UInt8]) throws -> String {
        try run("pdfinfo", pdf: pdf)
    }

    /// The text `pdftotext` extracts from `pdf`.
    static func text(_ pdf: [UInt8]) throws -> String {
        try run("pdftotext", pdf: pdf, extraArguments: ["-"])
    }

    /// The value of `field` in `pdfinfo`'s output, without its padding.
    static func infoField(_ field: String, of pdf: [UInt8]) throws -> String? {
        try info(pdf).split(separator: "\n")
            .first { $0.hasPrefix(field + ":") }
            .map { $0.dropFirst(field.count + 1).trimmingCharacters(in: .whitespaces) }
    }

    private static func run(_ tool: String, pdf: [UInt8], extraArguments: [String] = []) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).pdf")
        try Data(pdf).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool, file.path] + extraArguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
