import ArgumentParser
import BulletinCore
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: helpText(.initAbstract),
        discussion: helpText(.initDiscussion)
    )

    @Argument(help: .catalog(.initFolderHelp))
    var folder = "."

    @Option(help: .catalog(.initThemeHelp))
    var theme: String?

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language()
        guard let theme = theme ?? Init.defaultTheme() else {
            Console.printProblem(Message(.initNoDefaultTheme), in: language)
            throw ExitCode(1)
        }
        switch StarterSite(folder: folder, theme: theme, language: language).create() {
        case .success(let files):
            for file in files { print("  " + file) }
            print(Message(.initNext, ["folder": .text(folder)]).text(in: language))
        case .failure(let problem):
            Console.printDiagnostics([problem], in: language)
            throw ExitCode(1)
        }
    }

    /// The theme installed with the program (PREFIX/share/bulletin/templates), or the source
    /// tree's `templates/` above a program built in it (.build/release/bulletin).
    static func defaultTheme() -> String? {
        let program = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = program.deletingLastPathComponent()
        let installed = folder.deletingLastPathComponent().appendingPathComponent("share/bulletin/templates")
        if FileManager.default.fileExists(atPath: installed.appendingPathComponent("layout.mustache").path) { return installed.path }
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("templates")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("layout.mustache").path) { return candidate.path }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
