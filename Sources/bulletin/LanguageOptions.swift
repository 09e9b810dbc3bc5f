import ArgumentParser
import BulletinCore

/// `--lang vi|en`, on every command: the language the command line, `serve` and the browser
/// overlay speak in.
struct LanguageOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(Message(.languageOptionHelp).text(in: Language.forHelp), valueName: "vi|en"))
    var flag: String?

    func validate() throws {
        guard let flag, Language.allCases.allSatisfy({ $0.rawValue != flag.lowercased() }) else { return }
        throw ValidationError(Message(.unknownLanguage, ["value": .text(flag)]).text(in: Language.choose()))
    }

    /// The language chosen: `--lang` (here or before the command's name), `BULLETIN_LANG`, the
    /// `language:` of site.yaml in `content`, then the system's.
    func language(content: String? = nil) -> Language {
        Language.choose(flag: flag ?? LanguageOptions.beforeCommand, site: content.flatMap { Language.language(ofSiteIn: $0) })
    }

    /// `bulletin --lang en build`: the root command's option, which the command run cannot see.
    static var beforeCommand: String? {
        let arguments = CommandLine.arguments
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
        }
        return nil
    }
}
