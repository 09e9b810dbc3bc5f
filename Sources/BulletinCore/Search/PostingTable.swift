/// Keys (64-bit hashes) with the list of documents each occurs in, collected in one pass.
///
/// At 10,000 articles the index meets 8 million words and 7 million pairs of adjacent words, so
/// this is the hot loop of the search feature and is laid out for the cache: one 16-byte slot per
/// key holds the key and its id; a 16-byte record per id holds the last document of its list (a
/// repeat within a document is turned away there) and where its gaps are, in blocks of one shared
/// arena. Adding a document touches at most three cache lines and allocates nothing; a caller that
/// knows the id already (`add(id:doc:)`) skips the slot.
/// Documents must arrive in ascending order. Gaps use the index's encoding (`ListCode`).
final class PostingTable {
    private struct Slot {
        var key: UInt64 = 0
        var id: Int32 = -1
    }

    /// A key's list: its first and last documents, and the arena offsets of its first block and
    /// of its next free byte.
    private struct List {
        var first: Int32
        var last: Int32
        var head: UInt32
        var tail: UInt32
    }

    /// Arena blocks: `blockSize - 4` bytes of gaps, then the offset of the next block.
    private static let blockSize = 32
    private static let payload = UInt32(blockSize - 4)

    private var slots: UnsafeMutablePointer<Slot>
    private var mask: Int
    private(set) var count = 0
    /// By id; grown by doubling (an UnsafeMutablePointer: no uniqueness check per document).
    private var records: UnsafeMutablePointer<List>
    private var recordCapacity: Int
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaUsed = 0
    private var arenaCapacity: Int

    init(expectedKeys: Int = 1024) {
        var size = 16
        while size < expectedKeys * 2 { size <<= 1 }
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(), count: size)
        mask = size - 1
        recordCapacity = max(16, expectedKeys)
        records = .allocate(capacity: recordCapacity)
        arenaCapacity = max(4096, expectedKeys * PostingTable.blockSize)
        arena = .allocate(capacity: arenaCapacity)
    }

    deinit {
        records.deallocate()
        slots.deallocate()
        arena.deallocate()
    }

    /// Notes that `key` occurs in `doc`; returns the key's id (0, 1, 2… in order of first
    /// appearance) and whether this was its first appearance.
    @inline(__always)
    func add(_ key: UInt64, doc: Int32) -> (id: Int, isNew: Bool) {
        var index = Int(truncatingIfNeeded: KeyTable.mix(key)) & mask
        while true {
            let slot = slots + index
            if slot.pointee.id < 0 {
                let head = newBlock()
                slot.pointee = Slot(key: key, id: Int32(count))
                if count == recordCapacity {
                    recordCapacity *= 2
                    records = records.reallocated(keeping: count, capacity: recordCapacity)
                }
                (records + count).initialize(to: List(first: doc, last: doc, head: head, tail: head))
                count += 1
                if count * 4 > mask * 3 { grow() }  // keep the load under 3/4
                return (count - 1, true)
            }
            if slot.pointee.key == key {
                let id = Int(slot.pointee.id)
                add(id: id, doc: doc)
                return (id, false)
            }
            index = (index + 1) & mask
        }
    }

    /// Notes that the key with id `id` (given by `add(_:doc:)`) occurs in `doc`.
    @inline(__always)
    func add(id: Int, doc: Int32) {
        let record = records + id
        let last = record.pointee.last
        if last != doc {
            record.pointee.tail = append(Int(doc - last - 1), at: record.pointee.tail)
            record.pointee.last = doc
        }
    }

    /// Every key's list, by id: first and last document and the encoded gaps.
    func lists() -> [(first: Int32, last: Int32, gaps: [UInt8])] {
        var result = [(first: Int32, last: Int32, gaps: [UInt8])](repeating: (0, 0, []), count: count)
        for index in 0...mask {
            let slot = slots[index]
            guard slot.id >= 0 else { continue }
            let list = records[Int(slot.id)]
            var gaps: [UInt8] = []
            var block = list.head
            while true {
                // The last block holds the tail; earlier blocks are full and end with the next one's offset.
                let isLast = list.tail >= block && list.tail <= block + PostingTable.payload
                let end = isLast ? list.tail : block + PostingTable.payload
                gaps.append(contentsOf: UnsafeBufferPointer(start: arena + Int(block), count: Int(end - block)))
                if isLast { break }
                block = UnsafeRawPointer(arena + Int(block + PostingTable.payload)).loadUnaligned(as: UInt32.self)
            }
            result[Int(slot.id)] = (list.first, list.last, gaps)
        }
        return result
    }

    /// Writes `number` at `tail`, chaining a new block when the current one is full; returns the new tail.
    @inline(__always)
    private func append(_ number: Int, at start: UInt32) -> UInt32 {
        // Most gaps are under 32, one character, and the block has room for it: no loop over
        // groups (a stride loop cost some thirty instructions per document added).
        if number < 32 && start % UInt32(PostingTable.blockSize) != PostingTable.payload {
            arena[Int(start)] = ListCode.character(number)
            return start + 1
        }
        return appendGroups(number, at: start)
    }

    private func appendGroups(_ number: Int, at start: UInt32) -> UInt32 {
        var tail = start
        var groups = 1
        while number >> (5 * groups) != 0 { groups += 1 }
        for g in stride(from: groups - 1, through: 0, by: -1) {
            if tail % UInt32(PostingTable.blockSize) == PostingTable.payload {
                let next = newBlock()
                UnsafeMutableRawPointer(arena + Int(tail)).storeBytes(of: next, toByteOffset: 0, as: UInt32.self)
                tail = next
            }
            arena[Int(tail)] = ListCode.character((number >> (5 * g)) & 31 | (g > 0 ? 32 : 0))
            tail += 1
        }
        return tail
    }

    private func newBlock() -> UInt32 {
        if arenaUsed + PostingTable.blockSize > arenaCapacity {
            arenaCapacity *= 2
            arena = arena.reallocated(keeping: arenaUsed, capacity: arenaCapacity)
        }
        let offset = arenaUsed
        arenaUsed += PostingTable.blockSize
        precondition(arenaUsed < Int(UInt32.max), "search index arena over 4 GB")
        return UInt32(offset)
    }

    private func grow() {
        let oldSlots = slots, oldSize = mask + 1
        let size = oldSize * 2
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(), count: size)
        mask = size - 1
        for i in 0..<oldSize where oldSlots[i].id >= 0 {
            var index = Int(truncatingIfNeeded: KeyTable.mix(oldSlots[i].key)) & mask
            while slots[index].id >= 0 { index = (index + 1) & mask }
            slots[index] = oldSlots[i]
        }
        oldSlots.deallocate()
    }
}
