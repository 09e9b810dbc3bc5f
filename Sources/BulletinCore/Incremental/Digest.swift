/// A 64-bit fingerprint built from fields, for "has this input changed since the last build?".
/// Strings are hashed as their UTF-8 bytes (String's own hashing normalises non-ASCII text first,
/// which is far slower), each prefixed by its length so that ("ab", "c") ≠ ("a", "bc").
/// Values only live in memory for one process, so Hasher's per-process seed does no harm.
struct Digest {
    private var hasher = Hasher()

    init() {}

    mutating func add(_ text: String) {
        ByteSearch.withBytes(text) { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }

    mutating func add(_ text: String?) {
        if let text {
            hasher.combine(1 as UInt8)
            add(text)
        } else {
            hasher.combine(0 as UInt8)
        }
    }

    mutating func add(_ value: Int) { hasher.combine(value) }
    mutating func add(_ value: Int?) { hasher.combine(value) }
    mutating func add(_ value: Bool) { hasher.combine(value) }
    mutating func add(_ value: Double) { hasher.combine(value) }

    mutating func add(_ values: [Int]) {
        hasher.combine(values.count)
        for value in values { hasher.combine(value) }
    }

    mutating func add(bytes: [UInt8]) {
        hasher.combine(bytes.count)
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    func finish() -> Int { hasher.finalize() }

    static func of(_ text: String) -> Int {
        var digest = Digest()
        digest.add(text)
        return digest.finish()
    }
}
