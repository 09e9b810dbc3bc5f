import ArgumentParser
import BulletinCore

struct Probe: ParsableCommand {
    static let configuration = CommandConfiguration(shouldDisplay: false)
    @Option var content = "content"
    @Option var templates = "templates"
    func run() throws { StageProbe.run(content: content, templates: templates) }
}
