/// Splits text into words (Vietnamese syllables) and computes the exact key of each, straight
/// from the UTF-8 bytes. Results equal `SearchFolding.words` (a test checks it).
///
/// The index reads about 50 MB of text at 10,000 articles, but only a few thousand different
/// words: the text is cut at ASCII spaces and punctuation into spans ("Cải", "cách", "2022"),
/// and what a span holds (its words, any punctuation inside it) is worked out once by
/// `SpanReader` and then looked up by the span's bytes. A span of up to 16 bytes, nearly every
/// Vietnamese syllable, is its own key (two 64-bit numbers), so a repeat costs one probe of a
/// table that stays in the cache instead of decoding, folding and hashing each letter again.
final class SyllableScanner {
    /// Words longer than this (in folded bytes) are skipped: they are codes or garbage, not words.
    static let longestWord = 48
    /// Spans remembered at most (about 40 bytes each with their words): a real site's text has
    /// tens of thousands of different spans; rarer ones past this are read each time.
    static let mostSpans = 1 << 17

    /// One word. Its bytes lie in the scanner's logs: valid until the scanner reads another text.
    struct Word {
        /// Tone suffix included ("cai:3").
        let exact: UnsafeBufferPointer<UInt8>
        /// `KeyTable.hashScalars(exact)`.
        let exactHash: UInt64
        /// Only white space separates it from the previous word of the same text.
        let joined: Bool

        /// The folded key: the exact key without its tone suffix, folded.
        func folded() -> [UInt8] {
            var letters = Array(exact)
            if letters.count >= 2 && letters[letters.count - 2] == UInt8(ascii: ":") { letters.removeLast(2) }
            return Array(SearchFolding.fold(String(decoding: letters, as: UTF8.self)).utf8)
        }
    }

    /// A remembered span: its bytes (zero-padded) and where its events lie in `log`.
    private struct Span {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length: Int32 = 0  // 0: an empty slot
        var firstEvent: Int32 = 0
        var eventCount: Int32 = 0
    }

    /// Per byte: 0 inside a span (ASCII letters and digits, every byte of a non-ASCII scalar),
    /// 1 ASCII white space, 2 any other ASCII byte (punctuation, controls), which breaks a phrase.
    private static let byteClasses: [UInt8] = (0..<256).map { b in
        if b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { return 0 }
        return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : 2
    }

    private let classes: UnsafeMutablePointer<UInt8>
    private let reader = SpanReader()
    /// Words and breaks of remembered spans, and of the other spans of the current text.
    private let log = EventLog()
    private let scratch = EventLog()
    private var refs = UnsafeMutablePointer<WordRef>.allocate(capacity: 1024)
    private var refCount = 0
    private var refCapacity = 1024
    private var spans: UnsafeMutablePointer<Span>
    private var spanMask: Int
    private var spanCount = 0
    private let mostSpans: Int

    /// `mostSpans`: see `SyllableScanner.mostSpans` (smaller in tests, to fill the table).
    init(mostSpans: Int = SyllableScanner.mostSpans) {
        self.mostSpans = mostSpans
        classes = .allocate(capacity: 256)
        classes.initialize(from: SyllableScanner.byteClasses, count: 256)
        spanMask = 4095
        spans = .allocate(capacity: spanMask + 1)
        spans.initialize(repeating: Span(), count: spanMask + 1)
    }

    deinit {
        classes.deallocate()
        spans.deallocate()
        refs.deallocate()
    }

    /// A word of the last text given to `words(of:)`.
    struct WordRef {
        /// Where the word is: its place among the words of remembered spans, the same for the
        /// scanner's whole life (callers may key what they learn about a word by it); or, for a
        /// span read only this once, -1 - its place in this text's own log.
        let event: Int32
        /// Only white space separates it from the previous word of the same text.
        let joined: Bool
    }

    /// The words of `text` in order, valid until the next call. Cutting the text first and
    /// using the words after keeps both loops tight: a call per word cost more than a lookup.
    func words(of text: String) -> UnsafeBufferPointer<WordRef> {
        scratch.clear()
        refCount = 0
        ByteSearch.withBytes(text) { collect($0) }
        return UnsafeBufferPointer(start: refs, count: refCount)
    }

    /// How many words of remembered spans there are (`WordRef.event` is below it).
    var rememberedCount: Int { log.eventCount }

    /// The exact key and hash of a word `words(of:)` gave.
    func word(_ ref: WordRef) -> Word {
        let (log, index) = ref.event >= 0 ? (self.log, Int(ref.event)) : (scratch, Int(-1 - ref.event))
        let event = log.events[index]
        return Word(
            exact: UnsafeBufferPointer(start: log.bytes + Int(event.start), count: Int(event.length)), exactHash: event.hash,
            joined: ref.joined)
    }

    /// Calls `body` once per word of `text`, in order.
    func scan(_ text: String, _ body: (Word) -> Void) {
        for ref in words(of: text) { body(word(ref)) }
    }

    private func collect(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let n = bytes.count
        let classes = self.classes
        var onlySpace = false
        var sawWord = false
        // Kept in locals for the loop, not read and written through `self` at every word.
        var (refs, capacity, written) = (self.refs, refCapacity, refCount)
        var i = 0
        while i < n {
            let kind = classes[Int(base[i])]
            if kind != 0 {
                if kind == 2 { onlySpace = false }
                i += 1
                continue
            }
            var end = i + 1
            while end < n && classes[Int(base[end])] == 0 { end += 1 }
            let (first, count, isKept) = events(of: base + i, length: end - i, readable: n - i)
            let events = (isKept ? log : scratch).events
            if written + count > capacity {
                refCount = written
                growRefs(written + count)
                (refs, capacity) = (self.refs, refCapacity)
            }
            var e = first
            while e < first + count {
                if events[e].length < 0 {
                    onlySpace = false
                } else {
                    (refs + written).initialize(to: WordRef(event: isKept ? Int32(e) : Int32(-1 - e), joined: onlySpace && sawWord))
                    written += 1
                    sawWord = true
                    onlySpace = true
                }
                e += 1
            }
            i = end
        }
        refCount = written
    }

    private func growRefs(_ needed: Int) {
        while refCapacity < needed { refCapacity *= 2 }
        refs = refs.reallocated(keeping: refCount, capacity: refCapacity)
    }

    /// The events of the span at `start`: remembered ones, or read now and remembered when the
    /// span is short and the table has room (`isKept` false: they are in `scratch`, for this text).
    /// `readable`: bytes of the text from `start` on, which may be read past the span.
    @inline(__always)
    private func events(of start: UnsafePointer<UInt8>, length: Int, readable: Int) -> (Int, Int, Bool) {
        guard length <= 16 else { return read(start, length, keep: nil) }
        var low: UInt64 = 0, high: UInt64 = 0
        if readable >= 16 {
            let raw = UnsafeRawPointer(start)
            low = raw.loadUnaligned(as: UInt64.self)
            high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        } else {
            for k in 0..<length {
                if k < 8 { low |= UInt64(start[k]) << (8 * k) } else { high |= UInt64(start[k]) << (8 * (k - 8)) }
            }
        }
        // Keep the span's own bytes only (smart shifts: a shift by 64 gives 0, and 0 &- 1 all ones).
        low &= (UInt64(1) << (8 * min(length, 8))) &- 1
        high &= (UInt64(1) << (8 * max(0, length - 8))) &- 1
        var slot = slot(low, high)
        while true {
            let span = spans[slot]
            if span.length == 0 { break }
            if span.low == low && span.high == high && span.length == Int32(length) {
                return (Int(span.firstEvent), Int(span.eventCount), true)
            }
            slot = (slot + 1) & spanMask
        }
        return read(start, length, keep: (low, high, slot))
    }

    /// Reads a span's events into the log, and remembers them under `keep` when given and there is room.
    private func read(_ start: UnsafePointer<UInt8>, _ length: Int, keep: (UInt64, UInt64, Int)?) -> (Int, Int, Bool) {
        guard let (low, high, slot) = keep, spanCount < mostSpans else {
            let first = scratch.eventCount
            reader.read(UnsafeBufferPointer(start: start, count: length), into: scratch)
            return (first, scratch.eventCount - first, false)
        }
        let first = log.eventCount
        reader.read(UnsafeBufferPointer(start: start, count: length), into: log)
        let count = log.eventCount - first
        spans[slot] = Span(low: low, high: high, length: Int32(length), firstEvent: Int32(first), eventCount: Int32(count))
        spanCount += 1
        if spanCount * 2 > spanMask { growSpans() }
        return (first, count, true)
    }

    /// Where a span's probe starts in `spans`.
    @inline(__always)
    private func slot(_ low: UInt64, _ high: UInt64) -> Int {
        Int(truncatingIfNeeded: KeyTable.mix(low ^ (high &* 0x9E37_79B9_7F4A_7C15))) & spanMask
    }

    private func growSpans() {
        let old = spans, oldSize = spanMask + 1
        spanMask = oldSize * 2 - 1
        spans = .allocate(capacity: spanMask + 1)
        spans.initialize(repeating: Span(), count: spanMask + 1)
        for k in 0..<oldSize where old[k].length != 0 {
            let span = old[k]
            var slot = slot(span.low, span.high)
            while spans[slot].length != 0 { slot = (slot + 1) & spanMask }
            spans[slot] = span
        }
        old.deallocate()
    }
}

/// What spans hold, in order: words (their exact bytes in `bytes`) and breaks (punctuation, or a
/// word too long to index), each of which ends a phrase.
final class EventLog {
    struct Event {
        var hash: UInt64
        var start: Int32
        /// Bytes of the exact key; -1 for a break.
        var length: Int32
    }

    private(set) var events: UnsafeMutablePointer<Event>
    private(set) var eventCount = 0
    private var eventCapacity = 1024
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var byteCount = 0
    private var byteCapacity = 8192

    init() {
        events = .allocate(capacity: eventCapacity)
        bytes = .allocate(capacity: byteCapacity)
    }

    deinit {
        events.deallocate()
        bytes.deallocate()
    }

    func appendWord(_ exact: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        if byteCount + exact.count > byteCapacity {
            while byteCount + exact.count > byteCapacity { byteCapacity *= 2 }
            bytes = bytes.reallocated(keeping: byteCount, capacity: byteCapacity)
        }
        if let source = exact.baseAddress { (bytes + byteCount).update(from: source, count: exact.count) }
        append(Event(hash: hash, start: Int32(byteCount), length: Int32(exact.count)))
        byteCount += exact.count
    }

    func appendBreak() {
        append(Event(hash: 0, start: 0, length: -1))
    }

    /// Drops every event and its bytes.
    func clear() {
        eventCount = 0
        byteCount = 0
    }

    private func append(_ event: Event) {
        if eventCount == eventCapacity {
            eventCapacity *= 2
            events = events.reallocated(keeping: eventCount, capacity: eventCapacity)
        }
        (events + eventCount).initialize(to: event)
        eventCount += 1
    }
}
