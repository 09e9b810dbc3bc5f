extension UnsafeMutablePointer {
    /// A new block of `capacity` elements holding this block's first `count`, moved over; this
    /// block is freed. The search index's growing tables keep raw blocks rather than arrays (no
    /// uniqueness check on each of millions of writes) and grow through this.
    func reallocated(keeping count: Int, capacity: Int) -> UnsafeMutablePointer<Pointee> {
        let bigger = UnsafeMutablePointer<Pointee>.allocate(capacity: capacity)
        bigger.moveInitialize(from: self, count: count)
        deallocate()
        return bigger
    }
}
