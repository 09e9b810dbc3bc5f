/// A 64-bit hash that is the same in every process and on every machine (Swift's `Hasher` is
/// seeded per process), for values that end up in output files, where a rebuild of the same
/// input must give the same bytes. Not for security: only "did this change?".
struct StableHash {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    init() {}

    /// Adds the UTF-8 bytes of `text`, prefixed by their count so that ("ab", "c") ≠ ("a", "bc").
    mutating func add(_ text: String) {
        ByteSearch.withBytes(text) { bytes in
            mix(UInt64(bytes.count))
            var i = 0
            // Eight bytes at a time: one multiply per word instead of one per byte.
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while i + 8 <= bytes.count {
                    mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                    i += 8
                }
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < bytes.count {
                tail |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            mix(tail)
        }
    }

    mutating func add(_ value: Int) { mix(UInt64(bitPattern: Int64(value))) }

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0x0000_0100_0000_01B3 &+ 0x2545_F491_4F6C_DD1D
        state ^= state >> 29
    }

    /// The hash in base 36, short enough for a URL's query string.
    var text: String {
        var x = state
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        return String(x, radix: 36)
    }
}
