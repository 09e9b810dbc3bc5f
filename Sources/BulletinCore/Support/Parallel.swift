import Foundation

extension RandomAccessCollection where Index == Int {
    /// `map` spread over all cores. Work is handed out in chunks so that small items stay cheap,
    /// and results keep the input order so output does not depend on scheduling.
    func parallelMap<T>(chunkSize: Int = 16, _ transform: (Element) -> T) -> [T] {
        let count = self.count
        if count == 0 { return [] }
        let chunks = (count + chunkSize - 1) / chunkSize
        if chunks == 1 { return map(transform) }
        // Each result is written once into its place: an array of optionals unwrapped at the end
        // copied every result again on one thread (for 10,000 articles, 400,000 reference counts).
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let out = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * chunkSize
                let end = Swift.min(start + chunkSize, count)
                for i in start..<end {
                    (out.baseAddress! + i).initialize(to: transform(self[self.startIndex + i]))
                }
            }
            initialized = count
        }
    }

    /// `forEach` spread over all cores, in chunks.
    func parallelForEach(chunkSize: Int = 16, _ body: (Element) -> Void) {
        let count = self.count
        if count == 0 { return }
        let chunks = (count + chunkSize - 1) / chunkSize
        if chunks == 1 {
            forEach(body)
            return
        }
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * chunkSize
            let end = Swift.min(start + chunkSize, count)
            for i in start..<end {
                body(self[self.startIndex + i])
            }
        }
    }
}
