/// Every `Dependency` pages and cards have read since `serve` started, each under a number, with
/// the digest each has in the current build. A page's record is then two arrays of numbers, and
/// looking at it again is comparing numbers (tens of thousands of pages each read some twenty
/// things, most of them the same few).
final class ReadTable {
    private var numbers: [Dependency: Int32] = [:]
    private var reads: [Dependency] = []
    /// Digests in the current build, by number (nil: not computed yet).
    private var current: [Int?] = []
    /// Numbers of what may change without the site's structure changing (see `isVolatile`).
    private var volatile: [Int32] = []

    /// What one page or card read, by number, with the digests those had when it was made.
    struct Record {
        let numbers: [Int32]
        let digests: [Int]
    }

    /// Called before each build: digests are computed again as the build needs them.
    func startBuild() {
        current = [Int?](repeating: nil, count: reads.count)
        missing = reads.count
    }

    /// Called instead of `startBuild` when the site's structure is the last build's (the model was
    /// reused under the same site-wide key): the last digests stand, but for what may change
    /// without the structure changing, computed again; the caller then `forget`s what it knows
    /// changed (the rebuilt articles). Looking at every read again cost most of a rebuild that
    /// changes one article's text.
    func startBuildKeepingDigests() {
        for n in volatile { forget(Int(n)) }
    }

    /// Computes `read`'s digest again when it is next asked for.
    func forget(_ read: Dependency) {
        if let n = numbers[read] { forget(Int(n)) }
    }

    private func forget(_ n: Int) {
        if current[n] != nil {
            current[n] = nil
            missing += 1
        }
    }

    /// How many digests this build has yet to compute, of all it may be asked for.
    private var missing = 0

    /// Computes, on all cores, the digests of everything `records` read that this build has not
    /// computed yet. `digests` must be able to answer for all of them at this point. When few
    /// are missing (the digests were kept), it does nothing: `isCurrent` computes them as it
    /// meets them, rather than every record being looked through twice.
    func prepare(_ records: @autoclosure () -> [Record?], with digests: ReadDigests) {
        guard missing > 256 else { return }
        let records = records()
        var wanted = [Bool](repeating: false, count: reads.count)
        for record in records {
            guard let record else { continue }
            for n in record.numbers where current[Int(n)] == nil { wanted[Int(n)] = true }
        }
        let missing = wanted.indices.filter { wanted[$0] }
        let reads = self.reads
        let made: [Int] = missing.parallelMap(chunkSize: 256) { digests.digest(reads[$0]) }
        for (n, digest) in zip(missing, made) { current[n] = digest }
        self.missing -= missing.count
    }

    /// Whether everything `record` read has the digest it had.
    func isCurrent(_ record: Record, with digests: ReadDigests) -> Bool {
        for (n, digest) in zip(record.numbers, record.digests) where self.digest(Int(n), with: digests) != digest { return false }
        return true
    }

    private func digest(_ n: Int, with digests: ReadDigests) -> Int {
        if let known = current[n] { return known }
        let made = digests.digest(reads[n])
        current[n] = made
        missing -= 1
        return made
    }

    /// The record of a page or card just made from `reads` (duplicates are dropped).
    func record(_ reads: [Dependency], with digests: ReadDigests) -> Record {
        var seen = Set<Int32>()
        var numbers: [Int32] = []
        var values: [Int] = []
        for read in reads {
            let n = number(of: read)
            guard seen.insert(n).inserted else { continue }
            numbers.append(n)
            values.append(digest(Int(n), with: digests))
        }
        return Record(numbers: numbers, digests: values)
    }

    private func number(of read: Dependency) -> Int32 {
        if let n = numbers[read] { return n }
        let n = Int32(reads.count)
        numbers[read] = n
        reads.append(read)
        current.append(nil)
        missing += 1
        if read.isVolatile { volatile.append(n) }
        return n
    }
}

extension Dependency {
    /// What may read differently while the articles, terms and lists stay as they were: the
    /// theme, `site` values, fragments, pages (always made again) and features' own values.
    var isVolatile: Bool {
        switch self {
        case .template, .siteValue, .fragment, .page, .named: return true
        case .articles(.named, _), .count(.named): return true
        case .card, .values, .article, .term, .termCount, .terms, .articles, .count, .archive: return false
        }
    }
}
