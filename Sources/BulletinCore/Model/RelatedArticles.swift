/// "Tin liên quan" and "Các tin khác" for every article, in time linear in the number of articles.
///
/// Comparing every pair of articles would be O(N²): 100 million pairs at 10,000 articles. Each
/// term's list is sorted by date, so the candidates for an article are taken from a window of its
/// neighbours in each of its terms' lists, then ranked by how many terms they share.
enum RelatedArticles {
    static let count = 5
    /// Neighbours looked at on each side, in each term's list.
    static let window = 24

    static func assign(to articles: inout [Article], categories: [Term], tags: [Term]) {
        // Position of each article in each term list it belongs to.
        var categoryPosition = [Int](repeating: -1, count: articles.count)
        for term in categories {
            for (position, id) in term.articles.enumerated() { categoryPosition[id] = position }
        }
        var tagPositions = [[Int: Int]](repeating: [:], count: articles.count)
        for term in tags {
            for (position, id) in term.articles.enumerated() { tagPositions[id][term.id] = position }
        }

        let results: [([Int], [Int])] = articles.parallelMap(chunkSize: 64) { article in
            var score: [Int: Int] = [:]
            func consider(_ list: [Int], around position: Int, weight: Int) {
                let low = max(0, position - window), high = min(list.count, position + window + 1)
                for i in low..<high where list[i] != article.id {
                    score[list[i], default: 0] += weight
                }
            }
            var others: [Int] = []
            if let c = article.category, categoryPosition[article.id] >= 0 {
                let list = categories[c].articles
                let position = categoryPosition[article.id]
                consider(list, around: position, weight: 1)
                others = Array(list[(position + 1)..<min(list.count, position + 1 + count)])
            }
            for t in article.tags {
                if let position = tagPositions[article.id][t] {
                    consider(tags[t].articles, around: position, weight: 2)
                }
            }
            // More shared terms first; then the nearest in time (smaller id distance), newer first.
            let ranked = score.sorted { a, b in
                if a.value != b.value { return a.value > b.value }
                let da = abs(a.key - article.id), db = abs(b.key - article.id)
                return da != db ? da < db : a.key < b.key
            }
            let related = ranked.prefix(count).map(\.key).sorted()
            return (related, others)
        }
        for i in articles.indices {
            articles[i].related = results[i].0
            articles[i].others = results[i].1
        }
    }
}
