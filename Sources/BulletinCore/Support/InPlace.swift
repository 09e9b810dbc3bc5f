/// Reading large structs (an `Article`, an `ArticleSource`: some forty reference-counted fields)
/// without copying them. `for x in array`, `array[i].field.method()` or passing `array[i]` to a
/// function copies the whole element, each field retained and later released; reading through a
/// pointer into the array's storage does not. The stages that go over every article use these.
extension Array {
    /// Calls `body` with each index and a pointer to its element, in order.
    func forEachInPlace(_ body: (Int, UnsafePointer<Element>) throws -> Void) rethrows {
        try withUnsafeBufferPointer { elements in
            for i in elements.indices { try body(i, elements.baseAddress! + i) }
        }
    }

    /// `forEachInPlace` as a map on all cores, results in order (see `parallelMap`).
    func parallelMapInPlace<T>(chunkSize: Int = 16, _ transform: (Int, UnsafePointer<Element>) -> T) -> [T] {
        withUnsafeBufferPointer { elements in
            elements.indices.parallelMap(chunkSize: chunkSize) { transform($0, elements.baseAddress! + $0) }
        }
    }
}
