import Foundation

/// The files of the site, folded once, for the "did you mean" of a missing file: the same name
/// with another extension (mua-he-xanh.svg for mua-he-xanh.jpg), or a name one or two letters
/// away once accents and case are set aside (hoi-nghi.JPG, hội-nghị.jpg). Folded on the first
/// miss, from any thread, so a site without mistakes folds nothing and one with hundreds of dead
/// links folds each name once, not once per link.
final class NearMatches: @unchecked Sendable {
    private struct Index {
        /// Folded name without its extension → the first file (in path order) with it.
        var byStem: [String: String] = [:]
        /// Folded name → file, and those names for the edit-distance pass.
        var byFolded: [String: String] = [:]
        var folded: [String] = []
    }

    private let index: OnceValue<Index>

    init<Files: Collection<String>>(_ files: Files) {
        let files = Array(files)
        index = OnceValue {
            var index = Index()
            for file in files.sorted() {
                let stem = NearMatches.fold((file as NSString).deletingPathExtension)
                if index.byStem[stem] == nil { index.byStem[stem] = file }
                index.byFolded[NearMatches.fold(file)] = file
            }
            index.folded = Array(index.byFolded.keys)
            return index
        }
    }

    /// The file an editor most likely meant by `path`, or nil.
    func match(_ path: String) -> String? {
        let index = self.index.value
        if let file = index.byStem[Self.fold((path as NSString).deletingPathExtension)] { return file }
        return TextTools.suggestion(for: Self.fold(path), among: index.folded).flatMap { index.byFolded[$0] }
    }

    private static func fold(_ name: String) -> String { Slug.make(name, maximumLength: 1000) }
}
