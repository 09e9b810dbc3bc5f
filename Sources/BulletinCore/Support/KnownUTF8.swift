import Foundation

/// Strings made from bytes that are valid UTF-8 by construction, without checking them again.
///
/// Every `String(decoding:)` checks its bytes, at about a nanosecond per byte. Most of the text a
/// build makes from bytes was checked when its file was read: cmark's HTML and the text collected
/// from cmark's nodes are pieces of that checked text (cmark also replaces anything invalid with
/// U+FFFD) joined by ASCII. At 10,000 articles that was some 100 MB checked a second time.
///
/// Only for such bytes: anything read from outside goes through `SourceText.decode`. Debug builds
/// (the tests) still check, so a wrong assumption fails a test instead of making a bad String.
enum KnownUTF8 {
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        assert(String(validating: bytes, as: UTF8.self) != nil, "bytes assumed to be UTF-8 are not")
        // Told when it is ASCII, as a checked String would know: hashing and comparing a String
        // not known to be ASCII goes through Unicode normalisation, five times slower for the
        // paths and keys that are looked up in dictionaries.
        return String(copying: unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII(bytes)))
    }

    /// Eight bytes at a time; text with any Vietnamese letter stops at its first word.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    static func string(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { string($0) }
    }
}

extension KnownUTF8 {
    /// A C string that cmark made (its HTML): UTF-8 by the same reasoning.
    static func string(cString: UnsafePointer<CChar>) -> String {
        let count = strlen(cString)
        return cString.withMemoryRebound(to: UInt8.self, capacity: count) { string(UnsafeBufferPointer(start: $0, count: count)) }
    }
}
