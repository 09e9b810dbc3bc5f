import Foundation

/// A String as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// Swift hashes and compares a non-ASCII String through its normalised form, which costs a
/// walk over Unicode tables each time. Text Bulletin reads is in NFC already (the loader checks
/// it), and for NFC text equal bytes and equal Strings are the same thing.
struct BytesKey: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (a: BytesKey, b: BytesKey) -> Bool {
        ByteSearch.withBytes(a.text) { x in
            ByteSearch.withBytes(b.text) { y in
                x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        ByteSearch.withBytes(text) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
