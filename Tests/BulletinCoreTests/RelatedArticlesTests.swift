import Testing

@testable import BulletinCore

@Suite("Model: related articles")
struct RelatedArticlesTests {
    /// The ranking written plainly: every candidate of the windows scored in a dictionary, all
    /// of them sorted, the first five kept.
    static func reference(_ articles: [RelatedArticles.Terms], categories: [[Int]], tags: [[Int]]) -> [[Int]] {
        let window = RelatedArticles.window
        return articles.indices.map { id in
            var score: [Int: Int] = [:]
            func consider(_ list: [Int], weight: Int) {
                guard let position = list.firstIndex(of: id) else { return }
                for i in max(0, position - window)..<min(list.count, position + window + 1) where list[i] != id {
                    score[list[i], default: 0] += weight
                }
            }
            if let c = articles[id].category { consider(categories[c], weight: 1) }
            for t in articles[id].tags { consider(tags[t], weight: 2) }
            let ranked = score.sorted { a, b in
                if a.value != b.value { return a.value > b.value }
                let da = abs(a.key - id), db = abs(b.key - id)
                return da != db ? da < db : a.key < b.key
            }
            return ranked.prefix(RelatedArticles.count).map(\.key).sorted()
        }
    }

    @Test("the five related articles are those the plain ranking picks", arguments: [1, 2, 3])
    func sameAsPlainRanking(seed: UInt64) {
        var random = SearchIndexTests.Generator(state: seed)
        let count = 600
        let articles = (0..<count).map { _ in
            RelatedArticles.Terms(
                category: Int.random(in: 0..<5, using: &random) == 0 ? nil : Int.random(in: 0..<4, using: &random),
                tags: Array(Set((0..<Int.random(in: 0...3, using: &random)).map { _ in Int.random(in: 0..<7, using: &random) })))
        }
        // Term lists in id order, as the model keeps them (newest first).
        var categories = [[Int]](repeating: [], count: 4), tags = [[Int]](repeating: [], count: 7)
        for (id, article) in articles.enumerated() {
            if let c = article.category { categories[c].append(id) }
            for t in article.tags { tags[t].append(id) }
        }
        let lists = RelatedArticles.lists(articles, categories: categories, tags: tags)
        let expected = RelatedArticlesTests.reference(articles, categories: categories, tags: tags)
        #expect(lists.map(\.related) == expected)
        #expect(lists.contains { $0.related.count == RelatedArticles.count })
        for (id, article) in articles.enumerated() {
            guard let c = article.category, let position = categories[c].firstIndex(of: id) else {
                #expect(lists[id].others.isEmpty)
                continue
            }
            #expect(lists[id].others == Array(categories[c].dropFirst(position + 1).prefix(RelatedArticles.count)))
        }
    }
}
