import BulletinCore
import Foundation
import Testing

/// `--help` in the reader's language: `--lang` first, then `BULLETIN_LANG`, then the system's locale.
@Suite("Command line: help language")
struct HelpLanguageTests {
    /// Runs `bulletin` with `BULLETIN_LANG` set, the locale variables cleared and 80 columns, so that
    /// neither the machine's language nor its terminal changes what the help says.
    func help(_ arguments: [String], bulletinLang: String) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = nil }
        environment["BULLETIN_LANG"] = bulletinLang
        environment["COLUMNS"] = "80"
        let process = Process()
        process.executableURL = CLITests.executable
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: stdout, as: UTF8.self)
    }

    /// The help with its wrapping undone: words separated by single spaces.
    func unwrapped(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("build --help speaks Vietnamese with BULLETIN_LANG=vi, English with --lang en")
    func abstract() throws {
        let vietnamese = Message(.buildAbstract).text(in: .vietnamese)
        let english = Message(.buildAbstract).text(in: .english)
        #expect(vietnamese != english)
        let vi = unwrapped(try help(["build", "--help"], bulletinLang: "vi"))
        #expect(vi.contains(vietnamese), "\(vi)")
        #expect(!vi.contains(english))
        #expect(vi.contains(Message(.buildOutputHelp).text(in: .vietnamese)), "an option's help too")
        let en = unwrapped(try help(["build", "--help", "--lang", "en"], bulletinLang: "vi"))
        #expect(en.contains(english), "\(en)")
        #expect(!en.contains(vietnamese))
        #expect(en.contains(Message(.buildOutputHelp).text(in: .english)))
    }

    @Test("new --help keeps its example on a line of its own in both languages")
    func example() throws {
        let example = "\n  bulletin new \"Hội nghị tổng kết năm 2023\" --category \"Tin tức - Sự kiện\"\n"
        let vi = try help(["new", "--help"], bulletinLang: "vi")
        #expect(vi.contains("\nVí dụ:\n"), "\(vi)")
        #expect(vi.contains(example), "\(vi)")
        let en = try help(["new", "--help", "--lang", "en"], bulletinLang: "vi")
        #expect(en.contains("\nExample:\n"), "\(en)")
        #expect(en.contains(example), "\(en)")
    }
}
