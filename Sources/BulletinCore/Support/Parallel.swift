import Foundation

extension RandomAccessCollection where Index == Int {
    /// `map` spread over all cores. Work is handed out in chunks so that small items stay cheap,
    /// and results keep the input order so output does not depend on scheduling.
    func parallelMap<T>(chunkSize: Int = 16, _ transform: (Element) -> T) -> [T] {
        // Elements are read where they lie when there is a buffer: Array's subscript would copy
        // each one out, retaining and releasing every field of a large struct such as Article.
        if let mapped = withContiguousStorageIfAvailable({ elements in
            Parallel.map(count: elements.count, chunkSize: chunkSize) { transform(elements[$0]) }
        }) {
            return mapped
        }
        return Parallel.map(count: count, chunkSize: chunkSize) { transform(self[self.startIndex + $0]) }
    }

    /// `forEach` spread over all cores, in chunks.
    func parallelForEach(chunkSize: Int = 16, _ body: (Element) -> Void) {
        let done: Void? = withContiguousStorageIfAvailable { elements in
            Parallel.forEach(count: elements.count, chunkSize: chunkSize) { body(elements[$0]) }
        }
        if done == nil { Parallel.forEach(count: count, chunkSize: chunkSize) { body(self[self.startIndex + $0]) } }
    }
}

enum Parallel {
    /// `(0..<count).map(transform)` on all cores.
    static func map<T>(count: Int, chunkSize: Int, _ transform: (Int) -> T) -> [T] {
        if count == 0 { return [] }
        let chunks = (count + chunkSize - 1) / chunkSize
        if chunks == 1 { return (0..<count).map(transform) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * chunkSize
                for i in start..<Swift.min(start + chunkSize, count) { out[i] = transform(i) }
            }
        }
        return results.map { $0! }
    }

    /// `(0..<count).forEach(body)` on all cores.
    static func forEach(count: Int, chunkSize: Int, _ body: (Int) -> Void) {
        if count == 0 { return }
        let chunks = (count + chunkSize - 1) / chunkSize
        if chunks == 1 { return (0..<count).forEach(body) }
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * chunkSize
            for i in start..<Swift.min(start + chunkSize, count) { body(i) }
        }
    }
}
