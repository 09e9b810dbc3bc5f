extension SearchFeature {
    /// The keys of the search page's view.
    public var templateKeys: Set<String> {
        [
            "search", "index_url", "base", "script_url", "css_url", "article_count", "categories", "categories_url",
            "archive_url", "tags_url",
        ]
    }
}
