import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// How far a long phase has got ("render and write 4200/12814 pages"), drawn on a terminal.
///
/// Pages only bump an atomic counter, so progress costs nothing measurable per page; a timer
/// draws the line at most `interval` apart (ten times a second), on its own thread.
public final class BuildProgress: @unchecked Sendable {
    private let done = Atomic<Int>(0)
    private let lock = NSLock()
    private var phase = ""
    private var total = 0
    private var timer: DispatchSourceTimer?
    private var drawn = false
    private let interval: DispatchTimeInterval
    private let language: Language
    /// Where lines go: stderr, or a test's collector. `line` has no line end; "" clears the line.
    private let sink: @Sendable (String) -> Void

    public init(
        interval: DispatchTimeInterval = .milliseconds(100), language: Language, sink: @escaping @Sendable (String) -> Void
    ) {
        self.interval = interval
        self.language = language
        self.sink = sink
    }

    /// A progress line on stderr when it is a terminal; nil otherwise (a log file or CI gets nothing).
    public static func terminal(language: Language) -> BuildProgress? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return BuildProgress(language: language) { line in
            // \r and "erase line" redraw in place; the cleared line leaves the cursor at its start.
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line).utf8))
        }
    }

    /// `phase` is a stage's name as `BuildStage` knows it ("render and write").
    public func begin(_ phase: String, total: Int) {
        lock.lock()
        self.phase = phase
        self.total = total
        done.store(0, ordering: .relaxed)
        if timer == nil {
            let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
            timer.schedule(deadline: .now() + interval, repeating: interval)
            timer.setEventHandler { [weak self] in self?.draw() }
            timer.resume()
            self.timer = timer
        }
        lock.unlock()
    }

    /// One more item done; safe from any thread.
    @inline(__always) public func advance() {
        done.add(1, ordering: .relaxed)
    }

    public var count: Int { done.load(ordering: .relaxed) }

    /// Stops drawing and clears the line, so the summary that follows starts on a clean line.
    public func end() {
        lock.lock()
        timer?.cancel()
        timer = nil
        if drawn { sink("") }
        drawn = false
        lock.unlock()
    }

    private func draw() {
        lock.lock()
        defer { lock.unlock() }
        guard timer != nil, total > 0 else { return }
        sink(BuildProgress.line(phase: phase, done: min(count, total), total: total, language: language))
        drawn = true
    }

    /// "render and write  [##########··········]  6,407/12,814 pages"
    static func line(phase: String, done: Int, total: Int, width: Int = 20, language: Language) -> String {
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "·", count: width - filled)
        let values: [String: MessageValue] = [
            "phase": BuildStage.name(phase), "bar": .text(bar), "done": .number(done), "total": .number(total),
        ]
        return Message(phase == "images" ? .progressImagesLine : .progressLine, values).text(in: language)
    }
}

/// The stages of a build by the names the builder gives them (`BuildReport.stoppedAt`, the
/// progress line's phase), as the reader's language says them.
public enum BuildStage {
    public static func name(_ stage: String) -> MessageValue {
        keys[stage].map { .message(Message($0)) } ?? .text(stage)
    }

    static let keys: [String: MessageKey] = [
        "load": .stageLoad, "validate": .stageValidate, "model": .stageModel, "render": .stageRender, "write": .stageWrite,
        "render and write": .stageRenderAndWrite, "images": .stageImages,
    ]
}
