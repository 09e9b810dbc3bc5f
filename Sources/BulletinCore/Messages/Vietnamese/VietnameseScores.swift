extension Vietnamese {
    static let scores: [MessageKey: String] = [
        .scoreQuoteNeverClosed:
            "dấu ngoặc kép trên dòng này không được đóng nên phần còn lại của tệp sẽ thành một giá trị; hãy đóng ngoặc, hoặc viết dấu ngoặc kép trong giá trị thành hai dấu (\"\")",
        .scoreFileEmpty: "tệp trống: dòng đầu phải ghi tên các cột, ví dụ  unit,total",
        .scoreQuotesUnbalanced:
            "dấu ngoặc kép trên dòng này không khớp: giá trị có chứa dấu phân cách phải đặt trong ngoặc kép, và dấu ngoặc kép bên trong giá trị viết thành hai dấu (\"\")",
        .scoreFileOutsideLayout:
            "tệp này bị bỏ qua: tệp điểm chỉ gồm scores/units.csv và scores/<index>/index.yaml, <year>.csv, <year>.yaml",
        .scoreFileNotInIndexLayout: "tệp này bị bỏ qua: thư mục của một chỉ số chỉ chứa index.yaml, <year>.csv và <year>.yaml",
        .scoreUnitsFileMissing:
            "thiếu tệp scores/units.csv: hãy liệt kê các đơn vị được chấm điểm, mỗi đơn vị một dòng, dưới dòng tiêu đề  id,name,short_name,group",
        .scoreYearFileName: "tệp số liệu của một năm phải đặt tên theo năm, ví dụ 2022.csv hoặc 2022.yaml; hãy đổi tên tệp này",
        .scoreIndexWithoutSettings:
            "{folder} chưa có index.yaml nên không đọc được số liệu năm này: hãy thêm index.yaml có name, short_name, max, unit và groups",
        .scoreIndexFolderName:
            "tên thư mục '{id}' là địa chỉ của chỉ số: hãy dùng chữ thường không dấu, chữ số và '-' (ví dụ par-index), và không dùng {reserved}",
        .scoreYearSettingsWithoutData: "không có tệp {year}.csv bên cạnh tệp này nên tệp này không được dùng",
        .scoreUnitsUnknownColumn: "units.csv có cột không rõ '{name}'{hint}; cột này bị bỏ qua. Các cột: id, name, short_name, group",
        .scoreDidYouMean: " (có phải là '{name}'?)",
        .scoreUnitsHeader: "units.csv phải bắt đầu bằng dòng  id,name,short_name,group",
        .scoreUnitsRowTooLong:
            "dòng này có {count} giá trị nhưng dòng đầu chỉ ghi {columns} cột; hãy đặt tên có chứa dấu phân cách trong ngoặc kép",
        .scoreUnitIDInvalid:
            "mã đơn vị '{id}' được dùng làm địa chỉ của đơn vị: chỉ dùng chữ thường không dấu, chữ số và '-', ví dụ so-noi-vu",
        .scoreUnitIDTaken: "mã đơn vị '{id}' đã được dùng ở dòng {line}; mỗi đơn vị cần một mã riêng",
        .scoreUnitNeedsNameAndGroup: "đơn vị '{id}' cần có tên và khối (ví dụ so hoặc huyen)",
        .scoreUnitChoice: "'unit' phải là \"điểm\" hoặc \"%\" (đang ghi \"{found}\")",
        .scoreMaxAboveZero: "'max' phải lớn hơn 0",
        .scoreNotANumber: "'{key}' phải là một số, ví dụ  {example}  (đang ghi \"{found}\")",
        .scoreGroupsList: "'groups' phải liệt kê mã và tên của từng khối, ví dụ  {example}",
        .scoreGroupIDInvalid: "mã khối '{id}' được dùng trong địa chỉ: chỉ dùng chữ thường không dấu, chữ số và '-' (ví dụ so, huyen)",
        .scoreGroupNeedsName: "khối '{id}' cần có tên hiển thị, ví dụ  {id}: \"Khối sở, ban, ngành\"",
        .scoreNotAList: "'{key}' phải là một danh sách, ví dụ  {example}",
        .scoreBandMinRange: "'min' của một mức xếp loại phải từ 0 đến điểm tối đa của chỉ số ({max})",
        .scoreBandTwice: "mức xếp loại \"{name}\" được ghi hai lần; hãy giữ một",
        .scoreBandsSameMin: "hai mức xếp loại cùng bắt đầu từ {min}; mỗi mức cần một 'min' riêng",
        .scoreComponentIDInvalid:
            "mã chỉ số thành phần là tên cột trong các tệp số liệu năm: hãy dùng chữ cái không dấu, chữ số, '-' hoặc '_' (ví dụ c1), và không dùng unit, name hay total",
        .scoreComponentIDTwice: "mã chỉ số thành phần '{id}' được dùng hai lần; mỗi chỉ số thành phần cần một mã riêng",
        .scoreComponentMaxAboveZero: "'max' của chỉ số thành phần phải lớn hơn 0",
        .scoreListItemNotMapping: "mỗi mục của '{key}' phải là một nhóm khoá, ví dụ  {example}",
        .scoreComponentsTotal:
            "tổng điểm tối đa của các chỉ số thành phần là {sum}, khác điểm tối đa của chỉ số ({max}); hãy kiểm tra từng 'max'",
        .scoreShortcodeWithoutData:
            "chưa có số liệu điểm cho '{shortcode}': hãy thêm thư mục content/scores/ (units.csv và một thư mục chỉ số) hoặc xoá dòng này",
        .scoreShortcodeUnknownIndex: "không có chỉ số '{index}'{hint}; các chỉ số hiện có: {indices}",
        .scoreShortcodeUnknownYear: "{index} không có số liệu năm '{year}'; các năm có số liệu: {years}",
        .scoreNoYearsYet: "chưa có",
        .scoreShortcodeUnknownGroup: "{index} không có khối '{group}'{hint}; các khối của chỉ số: {groups}",
        .scoreShortcodeEmptyGroup: "{index} không có đơn vị nào thuộc khối '{group}' trong năm {year}",
        .scoreRowTooLong:
            "dòng này có {count} giá trị nhưng dòng đầu chỉ ghi {columns} cột; hãy xoá các giá trị thừa, hoặc đặt giá trị có chứa dấu phân cách trong ngoặc kép",
        .scoreUnitRowTwice: "'{id}' đã có ở dòng {line}; mỗi đơn vị chỉ ghi một dòng",
        .scoreColumnTwice: "cột '{name}' xuất hiện hai lần ở dòng đầu; hãy giữ một",
        .scoreUnknownColumn:
            "không có cột '{name}'{hint}; các cột có thể dùng là unit, name và total (chỉ số này không có chỉ số thành phần)",
        .scoreUnknownColumnOrComponent:
            "không có cột '{name}'{hint}; các cột có thể dùng là unit, name, total và các chỉ số thành phần {components}",
        .scoreNoUnitColumn: "dòng đầu không có cột 'unit': hãy đặt tên cột chứa mã đơn vị là  unit",
        .scoreNeedsTotal: "tệp cần có cột 'total' để ghi điểm của từng đơn vị",
        .scoreNeedsTotalOrComponents:
            "tệp cần có cột 'total', hoặc đủ cột của mọi chỉ số thành phần (còn thiếu: {missing}), để ghi điểm của từng đơn vị",
        .scoreRowWithoutUnit: "dòng này không có mã đơn vị; hãy ghi mã đơn vị (theo units.csv) vào cột 'unit'",
        .scoreUnknownUnit: "không có đơn vị '{id}'{hint}: mọi đơn vị phải có trong scores/units.csv",
        .scoreNameMismatch: "tên \"{name}\" không khớp với units.csv, nơi '{id}' có tên \"{expected}\"; hãy sửa tên hoặc mã",
        .scoreGroupNotInIndex:
            "'{id}' thuộc khối '{group}' (theo units.csv), nhưng index.yaml của chỉ số này không có khối đó trong groups ({groups})",
        .scoreTotalMismatch: "tổng điểm {total} và tổng điểm các chỉ số thành phần {sum} chênh nhau quá 0,01; hãy sửa một trong hai",
        .scoreRowWithoutTotal: "dòng này chưa có điểm: hãy ghi tổng điểm",
        .scoreRowWithoutTotalOrParts: "dòng này chưa có điểm: hãy ghi tổng điểm, hoặc điểm của {missing}",
        .scoreComponentsAboveMax: "tổng các chỉ số thành phần là {total}, vượt điểm tối đa của chỉ số ({max}); hãy kiểm tra các giá trị",
        .scoreValueNotANumber: "'{text}' ở cột '{column}' không phải là số; hãy ghi giá trị như 95,83 hoặc 95.83",
        .scoreTotalOutOfRange: "{value} ở cột '{column}' nằm ngoài khoảng 0–{max} của chỉ số",
        .scoreComponentOutOfRange: "{value} ở cột '{column}' nằm ngoài khoảng 0–{max} của chỉ số thành phần này",
        .scoreUnitsWithoutRow: "{count} đơn vị trong units.csv không có dòng nào trong tệp này nên không được xếp hạng năm {year}: {names}",
        .scoreCSVNotUTF8: "{problem} (trong Excel: chọn File › Save As › \"CSV UTF-8 (Comma delimited)\")",
        .scoreYearSettingsPlace: "tệp thiết lập của một năm",
        .scoreBandPlace: "một mức xếp loại",
        .scoreComponentPlace: "một chỉ số thành phần",
    ]
}
