extension English {
    static let scores: [MessageKey: String] = [
        .scoreQuoteNeverClosed:
            "the double quote on this line is never closed, so the rest of the file would be one value; close it or write a quote inside a value twice (\"\")",
        .scoreFileEmpty: "the file is empty: the first line must name the columns, such as  unit,total",
        .scoreQuotesUnbalanced:
            "the quotes on this line are not balanced: a value that contains the separator goes in double quotes, and a double quote inside it is written twice (\"\")",
        .scoreFileOutsideLayout:
            "this file is ignored: score files are scores/units.csv and scores/<index>/index.yaml, <year>.csv, <year>.yaml",
        .scoreFileNotInIndexLayout: "this file is ignored: an index folder holds index.yaml, <year>.csv and <year>.yaml only",
        .scoreUnitsFileMissing:
            "scores/units.csv is missing: list the units scored, one a line, under the header  id,name,short_name,group",
        .scoreYearFileName: "a year file is named after its year, such as 2022.csv or 2022.yaml; rename this file",
        .scoreIndexWithoutSettings:
            "{folder} has no index.yaml, so this year cannot be read: add index.yaml with name, short_name, max, unit and groups",
        .scoreIndexFolderName:
            "the folder name '{id}' is the index's address: use lower-case letters, digits and '-' (such as par-index), and not {reserved}",
        .scoreYearSettingsWithoutData: "there is no {year}.csv beside this file, so it is not used",
        .scoreUnitsUnknownColumn: "unknown column '{name}' in units.csv{hint}; it is ignored. Columns: id, name, short_name, group",
        .scoreDidYouMean: " (did you mean '{name}'?)",
        .scoreUnitsHeader: "units.csv must start with the line  id,name,short_name,group",
        .scoreUnitsRowTooLong:
            "this row has {count} values but the first line names {columns} {columns|column|columns}; quote a name that contains the separator",
        .scoreUnitIDInvalid:
            "the unit id '{id}' becomes the unit's address: use lower-case letters, digits and '-' only, such as so-noi-vu",
        .scoreUnitIDTaken: "the unit id '{id}' is already used on line {line}; each unit needs its own id",
        .scoreUnitNeedsNameAndGroup: "the unit '{id}' needs a name and a group (such as so or huyen)",
        .scoreUnitChoice: "'unit' must be \"điểm\" or \"%\" (found \"{found}\")",
        .scoreMaxAboveZero: "'max' must be above 0",
        .scoreNotANumber: "'{key}' must be a number, such as  {example}  (found \"{found}\")",
        .scoreGroupsList: "'groups' must list each group's id and name, such as  {example}",
        .scoreGroupIDInvalid:
            "the group id '{id}' becomes part of addresses: use lower-case letters, digits and '-' only (such as so, huyen)",
        .scoreGroupNeedsName: "the group '{id}' needs a display name, such as  {id}: \"Khối sở, ban, ngành\"",
        .scoreNotAList: "'{key}' must be a list such as  {example}",
        .scoreBandMinRange: "a band's 'min' must be between 0 and the index's max ({max})",
        .scoreBandTwice: "the band \"{name}\" is listed twice",
        .scoreBandsSameMin: "two bands start at {min}; each band needs its own 'min'",
        .scoreComponentIDInvalid:
            "a component id is a column name in the year files: use letters, digits, '-' or '_' (such as c1), and not unit, name or total",
        .scoreComponentIDTwice: "the component id '{id}' is used twice",
        .scoreComponentMaxAboveZero: "a component's 'max' must be above 0",
        .scoreListItemNotMapping: "each item of '{key}' must be a group of keys, such as  {example}",
        .scoreComponentsTotal: "the components' maxima add up to {sum}, not the index's max {max}; check each 'max'",
        .scoreShortcodeWithoutData:
            "there is no score data for '{shortcode}': add content/scores/ (units.csv and an index folder) or remove this line",
        .scoreShortcodeUnknownIndex: "unknown index '{index}'{hint}; the indices are {indices}",
        .scoreShortcodeUnknownYear: "{index} has no data for the year '{year}'; its years are {years}",
        .scoreNoYearsYet: "none yet",
        .scoreShortcodeUnknownGroup: "{index} has no group '{group}'{hint}; its groups are {groups}",
        .scoreShortcodeEmptyGroup: "{index} has no units of the group '{group}' in {year}",
        .scoreRowTooLong:
            "this row has {count} values but the first line names {columns} {columns|column|columns}; remove the extra values or quote a value that contains the separator",
        .scoreUnitRowTwice: "'{id}' already has a row on line {line}; keep one row per unit",
        .scoreColumnTwice: "the column '{name}' appears twice on the first line; keep one",
        .scoreUnknownColumn: "unknown column '{name}'{hint}; the columns can be unit, name and total (this index has no components)",
        .scoreUnknownColumnOrComponent:
            "unknown column '{name}'{hint}; the columns can be unit, name, total and the components {components}",
        .scoreNoUnitColumn: "the first line has no 'unit' column: name the column of unit ids  unit",
        .scoreNeedsTotal: "the file needs a 'total' column to give each unit's score",
        .scoreNeedsTotalOrComponents: "the file needs a 'total' column, or every component (missing: {missing}) to give each unit's score",
        .scoreRowWithoutUnit: "this row has no unit id; write the unit's id from units.csv in the 'unit' column",
        .scoreUnknownUnit: "unknown unit '{id}'{hint}: every unit must be listed in scores/units.csv",
        .scoreNameMismatch: "the name \"{name}\" does not match units.csv, where '{id}' is \"{expected}\"; correct the name or the id",
        .scoreGroupNotInIndex:
            "'{id}' is in the group '{group}' (units.csv), which this index's index.yaml does not list under groups ({groups})",
        .scoreTotalMismatch: "the total {total} and the sum of the components {sum} differ by more than 0,01; correct one of them",
        .scoreRowWithoutTotal: "this row has no score: write a total",
        .scoreRowWithoutTotalOrParts: "this row has no score: write a total, or values for {missing}",
        .scoreComponentsAboveMax: "the components add up to {total}, above the index's maximum {max}; check the values",
        .scoreValueNotANumber: "'{text}' in column '{column}' is not a number; write a value such as 95.83 or 95,83",
        .scoreTotalOutOfRange: "{value} in column '{column}' is outside 0–{max}, the range of the index",
        .scoreComponentOutOfRange: "{value} in column '{column}' is outside 0–{max}, the range of this component",
        .scoreUnitsWithoutRow:
            "{count} {count|unit|units} of units.csv {count|has|have} no row in this file and {count|is|are} left out of {year}'s ranking: {names}",
        .scoreCSVNotUTF8: "{problem} (in Excel: File › Save As › \"CSV UTF-8 (Comma delimited)\")",
        .scoreYearSettingsPlace: "a year's settings",
        .scoreBandPlace: "a band",
        .scoreComponentPlace: "a component",
    ]
}
