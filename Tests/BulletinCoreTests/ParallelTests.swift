import Foundation
import Testing

@testable import BulletinCore

@Suite("Parallel map and forEach")
struct ParallelTests {
    /// A struct with reference-counted fields, like Article.
    struct Wide {
        let id: Int
        let texts: [String]
    }

    @Test("parallelMap keeps the order of map, with or without contiguous storage", arguments: [1, 7, 64, 5000])
    func mapKeepsOrder(chunkSize: Int) {
        let items = (0..<2_345).map { Wide(id: $0, texts: ["bài \($0)", "tin \($0 * 2)"]) }
        let expected = items.map { $0.texts[1] + "/\($0.id)" }
        #expect(items.parallelMap(chunkSize: chunkSize) { $0.texts[1] + "/\($0.id)" } == expected)
        #expect(items[100...].parallelMap(chunkSize: chunkSize) { $0.id } == Array(100..<2_345))
        // A range has no storage: elements are made by its subscript.
        #expect((0..<2_345).parallelMap(chunkSize: chunkSize) { $0 * 3 } == (0..<2_345).map { $0 * 3 })
        #expect([Wide]().parallelMap(chunkSize: chunkSize) { $0.id }.isEmpty)
    }

    @Test("parallelForEach visits every element exactly once", arguments: [1, 16, 5000])
    func forEachVisitsAll(chunkSize: Int) {
        let lock = NSLock()
        var seen = [Int](repeating: 0, count: 1_000)
        let items = (0..<1_000).map { Wide(id: $0, texts: []) }
        items.parallelForEach(chunkSize: chunkSize) { item in
            lock.lock()
            seen[item.id] += 1
            lock.unlock()
        }
        (0..<1_000).parallelForEach(chunkSize: chunkSize) { id in
            lock.lock()
            seen[id] += 1
            lock.unlock()
        }
        #expect(seen.allSatisfy { $0 == 2 })
    }
}
