extension ScoresFeature {
    /// The keys of the score views (index pages, tables, charts, the home page's summary).
    public var templateKeys: Set<String> {
        [
            "scores", "scores_url", "score", "score_summary", "indices", "index_name", "index_url", "latest_url", "year",
            "years", "year_url", "previous_year", "units", "unit", "unit_url", "unit_groups", "group", "groups", "id",
            "name", "short_name", "label", "label_y", "rank", "total", "total_label", "total_value", "value", "value_x",
            "value_y", "change", "direction", "symbol", "sentence", "words", "components", "parts", "max", "amount",
            "average", "average_label", "average_label_x", "average_text", "average_x", "above_average", "band",
            "band_level", "bands", "bars", "bar_height", "bar_width", "bar_y", "height", "width", "line_top",
            "line_bottom", "chart", "charts", "table", "rows", "caption", "note", "number", "count", "current", "known",
            "top", "top_text", "top_unit", "top_value", "highlight", "anchor", "csv_name", "csv_url", "description",
            "embedded", "link", "script_url", "summary", "title", "url", "articles", "latest", "of", "sort", "has_changes",
        ]
    }
}
