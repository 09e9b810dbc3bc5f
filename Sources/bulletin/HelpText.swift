import ArgumentParser
import BulletinCore

/// A help text from the catalogs, in the language of `--help` (`Language.forHelp`: `--lang`, then
/// `BULLETIN_LANG` and the system's locale). ArgumentParser reads the commands' `configuration`
/// and the options' `help:` only when it parses the arguments, so the language is known by then.
func helpText(_ key: MessageKey) -> String {
    Message(key).text(in: .forHelp)
}

extension ArgumentHelp {
    /// The help of an option or argument from the catalogs: `@Option(help: .catalog(.buildOutputHelp))`.
    static func catalog(_ key: MessageKey) -> ArgumentHelp {
        ArgumentHelp(helpText(key))
    }
}
