/// A hash table from 64-bit keys to dense ids (0, 1, 2… in order of first insertion).
/// The index looks up about ten million words at 10,000 articles; Swift's Dictionary costs
/// several times more per lookup than this linear-probing table over two flat arrays.
struct KeyTable {
    private var keys: [UInt64]
    private var ids: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        ids = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The id of `key`, adding it with the next id when it is new (`isNew` tells which).
    @inline(__always)
    mutating func id(for key: UInt64, isNew: inout Bool) -> Int {
        var slot = Int(truncatingIfNeeded: KeyTable.mix(key)) & mask
        while true {
            let found = ids[slot]
            if found < 0 {
                keys[slot] = key
                ids[slot] = Int32(count)
                count += 1
                isNew = true
                if count * 2 > mask { grow() }
                return count - 1
            }
            if keys[slot] == key {
                isNew = false
                return Int(found)
            }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `key`, or nil when it was never added.
    func find(_ key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: KeyTable.mix(key)) & mask
        while ids[slot] >= 0 {
            if keys[slot] == key { return Int(ids[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        let oldKeys = keys, oldIDs = ids
        let size = (mask + 1) * 2
        keys = [UInt64](repeating: 0, count: size)
        ids = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (key, id) in zip(oldKeys, oldIDs) where id >= 0 {
            var slot = Int(truncatingIfNeeded: KeyTable.mix(key)) & mask
            while ids[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            ids[slot] = id
        }
    }

    /// Spreads the bits of keys that differ only in low bits (pairs of small ids).
    @inline(__always)
    static func mix(_ key: UInt64) -> UInt64 {
        var x = key
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        return x
    }

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// FNV-1a, 64 bits, over bytes: keys for folded words, whose text is kept beside the table.
    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = fnvOffset
        for b in bytes { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }

    /// FNV-1a over the Unicode scalars of UTF-8 text (one step per scalar, not per byte, so the
    /// scanner does one multiplication per letter): the key of an exact word. Equal to `hash`
    /// on ASCII.
    static func hashScalars<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = fnvOffset
        for scalar in String(decoding: Array(bytes), as: UTF8.self).unicodeScalars {
            h = (h ^ UInt64(scalar.value)) &* fnvPrime
        }
        return h
    }
}
