// `bulletin build` without the command around it, for Tests/reliability/leaks.sh: the whole
// pipeline (load, validate, model, render, write) under LeakSanitizer, built from the core alone.
// The command also links the preview server (SwiftNIO, Hummingbird), which made up most of the
// sanitizer build's time in CI and which a build never runs.
//
//   leak-build --content DIR --templates DIR --output DIR
//
// Prints each message as the command does (`path:line:col: error: …`, in English) and exits 0
// when the site was written, 1 when the input was refused.
import BulletinCore
import Foundation

func option(_ name: String, default value: String) -> String {
    let arguments = CommandLine.arguments
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return value }
    return arguments[i + 1]
}

let request = BuildRequest(
    contentPath: option("--content", default: "content"), templatesPath: option("--templates", default: "templates"),
    outputPath: option("--output", default: "public"))
let report = Builder(request: request).run()
for diagnostic in report.diagnostics { print(diagnostic.formatted(in: .english)) }
exit(report.succeeded ? 0 : 1)
