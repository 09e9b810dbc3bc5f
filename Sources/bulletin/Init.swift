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

    func run() throws {
        guard let theme = theme ?? Init.defaultTheme() else {
            FileHandle.standardError.write(
                Data("error: the default theme was not found beside the program; give its folder with --theme PATH\n".utf8))
            throw ExitCode(1)
        }
        switch StarterSite(folder: folder, theme: theme).create() {
        case .success(let files):
            for file in files { print("  " + file) }
            print("Next: fill in \(folder)/content/site.yaml, then  cd \(folder) && bulletin serve")
        case .failure(let problem):
            Console.printDiagnostics([problem])
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
