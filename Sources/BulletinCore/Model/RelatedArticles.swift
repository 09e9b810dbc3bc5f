/// "Tin liên quan" and "Các tin khác" for every article, in time linear in the number of articles.
///
/// Comparing every pair of articles would be O(N²): 100 million pairs at 10,000 articles. Each
/// term's list is sorted by date, so the candidates for an article are taken from a window of its
/// neighbours in each of its terms' lists, then ranked by how many terms they share.
enum RelatedArticles {
    static let count = 5
    /// Neighbours looked at on each side, in each term's list.
    static let window = 24

    /// What ranking needs of an article: its category and tags (ids).
    struct Terms {
        let category: Int?
        let tags: [Int]
    }

    static func assign(to articles: inout [Article], categories: [Term], tags: [Term]) {
        let terms = articles.parallelMap(chunkSize: 256) { Terms(category: $0.category, tags: $0.tags) }
        let results = lists(terms, categories: categories.map(\.articles), tags: tags.map(\.articles))
        for i in articles.indices {
            articles[i].related = results[i].related
            articles[i].others = results[i].others
        }
    }

    /// "Tin liên quan" and "Các tin khác" of each article (ids are positions in `articles`;
    /// `categories` and `tags` are each term's articles, newest first).
    static func lists(_ articles: [Terms], categories: [[Int]], tags: [[Int]]) -> [(related: [Int], others: [Int])] {
        // Position of each article in each term list it belongs to.
        var categoryPosition = [Int](repeating: -1, count: articles.count)
        for list in categories {
            for (position, id) in list.enumerated() { categoryPosition[id] = position }
        }
        // Position of each article in each of its tags' lists, in one array (a dictionary per
        // article was most of the time here): article id's are at tagStart[id]..<tagStart[id + 1],
        // in the order of its `tags`.
        var tagStart = [Int](repeating: 0, count: articles.count + 1)
        for id in articles.indices { tagStart[id + 1] = tagStart[id] + articles[id].tags.count }
        var tagPosition = [Int](repeating: -1, count: tagStart[articles.count])
        for (tag, list) in tags.enumerated() {
            for (position, id) in list.enumerated() {
                if let k = articles[id].tags.firstIndex(of: tag) { tagPosition[tagStart[id] + k] = position }
            }
        }

        return articles.indices.parallelMap(chunkSize: 64) { id in
            let article = articles[id]
            // Candidates as id * 4 + weight: sorting plain integers then adding up runs costs far
            // less than a dictionary per article.
            var candidates: [Int] = []
            func consider(_ list: [Int], around position: Int, weight: Int) {
                let low = max(0, position - window), high = min(list.count, position + window + 1)
                for i in low..<high where list[i] != id { candidates.append(list[i] * 4 + weight) }
            }
            var others: [Int] = []
            if let c = article.category, categoryPosition[id] >= 0 {
                let list = categories[c]
                let position = categoryPosition[id]
                consider(list, around: position, weight: 1)
                others = Array(list[(position + 1)..<min(list.count, position + 1 + count)])
            }
            for (k, t) in article.tags.enumerated() where tagPosition[tagStart[id] + k] >= 0 {
                consider(tags[t], around: tagPosition[tagStart[id] + k], weight: 2)
            }
            candidates.sort()
            var best: [(id: Int, score: Int)] = []
            var i = 0
            while i < candidates.count {
                let candidate = candidates[i] / 4
                var score = 0
                while i < candidates.count && candidates[i] / 4 == candidate {
                    score += candidates[i] % 4
                    i += 1
                }
                keepBest(&best, (candidate, score), around: id)
            }
            return (best.map(\.id).sorted(), others)
        }
    }

    /// Keeps the `count` best candidates, best first: more shared terms first; then the nearest
    /// in time (smaller id distance); then the newer (smaller id).
    private static func keepBest(_ best: inout [(id: Int, score: Int)], _ candidate: (id: Int, score: Int), around id: Int) {
        func isBetter(_ a: (id: Int, score: Int), _ b: (id: Int, score: Int)) -> Bool {
            if a.score != b.score { return a.score > b.score }
            let da = abs(a.id - id), db = abs(b.id - id)
            return da != db ? da < db : a.id < b.id
        }
        if best.count == count, let last = best.last, !isBetter(candidate, last) { return }
        var at = best.count
        while at > 0 && isBetter(candidate, best[at - 1]) { at -= 1 }
        best.insert(candidate, at: at)
        if best.count > count { best.removeLast() }
    }
}
