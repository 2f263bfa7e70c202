import type { CliLanguage } from './cliLanguage'

const usageVi = `ictwb — Bàn làm việc Chỉ số CNTT, công cụ dòng lệnh

Cách dùng: ictwb <lệnh> [tuỳ chọn]

Lệnh:
  frameworks                              liệt kê các bộ chỉ số có sẵn, mỗi dòng một bộ (mã trước)
  framework check <mã|tệp>                kiểm tra một bộ chỉ số; in mỗi lỗi một dòng
  framework convert <mã|tệp> --out <tệp>  chuyển đổi giữa JSON, sổ Excel soạn bộ chỉ số và bảng iMeta (.csv)
  score --framework <mã|tệp> --data <.csv|.xlsx> --out <.csv|.xlsx|.json> [tuỳ chọn tính điểm]
                                          tính điểm và xếp hạng các đơn vị (bảng kiểu iData của COINr)
  sample --framework <mã> --year <năm> [--units N] [--seed S] [--clean] [--json] --out <thư mục> | --data-table <tệp .csv>
                                          tạo dữ liệu mẫu (các đơn vị của Đà Nẵng, rồi đơn vị SYN-0001… nếu N lớn hơn):
                                          mỗi đơn vị một phiếu khai Excel (--json: một tệp JSON), và/hoặc một bảng cho lệnh score; --clean: không cài bất thường
  template --framework <mã|tệp> [--unit MÃ --unit-name TÊN] [--year NĂM] --out <tệp.xlsx>
                                          ghi sổ Excel phiếu khảo sát trống (mẫu phiên bản 1), cho một đơn vị hoặc cho mọi đơn vị
  import <tệp hoặc thư mục...> --framework <mã|tệp> [--year NĂM] [--state <tệp.json>] [--json] [--out <kết quả.xlsx>]
                                          đọc các sổ phiếu khảo sát đã điền; mỗi tệp một dòng: OK <tệp>, DUPLICATE <tệp>,
                                          CONFLICT <tệp> <đơn vị> hoặc REJECTED <tệp> <mã lỗi> [<trang>!<ô>] <lý do>.
                                          Không có --state: trùng lặp và xung đột chỉ xét trong các tệp của lần chạy;
                                          --state: nhớ các lần nhập trước trong tệp JSON đó. --json: một tài liệu JSON.
  report --framework <mã|tệp> --data <.csv|.xlsx> --out <tệp.xlsx> [--year NĂM] [--csv <tệp.csv>] [--official]
                                          tính điểm và ghi báo cáo kết quả như ứng dụng (Tổng hợp, từng chỉ số thành phần,
                                          số liệu gốc, giá trị chỉ tiêu, Phương pháp); --csv: thêm bảng xếp hạng CSV
  help [lệnh]                             in hướng dẫn (cũng: --help, -h)
  version                                 in phiên bản (cũng: --version)

Tuỳ chọn tính điểm (score):
  --normalise minmax[:L,U] | zscore[:M,S] | ratio-to-max | dist-to-max | rank | prank | goalposts:L,U,S | none
  --aggregate amean | gmean | hmean | sum
  --impute none | mean | median | zero | group-mean:<cột>
  --denominate            chia mỗi chỉ tiêu cho cột mẫu số của nó (bảng iMeta)
  --weights <tệp .csv>    trọng số mới: cột iCode, Weight
  --decimals N            làm tròn kết quả (mặc định: đủ độ chính xác)

Tuỳ chọn chung:
  --lang vi|en            ngôn ngữ thông báo (mặc định: tiếng Việt; biến ICTWB_LANG)

Mã thoát: 0 thành công, 1 có lỗi trong dữ liệu, 2 dùng sai lệnh hoặc không đọc được tệp.`

const usageEn = `ictwb — ICT Index Workbench command-line tool

Usage: ictwb <command> [options]

Commands:
  frameworks                              list the built-in frameworks, one per line, id first
  framework check <id|file>               validate a framework; one line per problem
  framework convert <id|file> --out <file>  convert between JSON, the framework authoring workbook and an iMeta table (.csv)
  score --framework <id|file> --data <.csv|.xlsx> --out <.csv|.xlsx|.json> [scoring options]
                                          score and rank units (a COINr iData-style table)
  sample --framework <id> --year <year> [--units N] [--seed S] [--clean] [--json] --out <folder> | --data-table <file .csv>
                                          generate sample data (Đà Nẵng's units, then units SYN-0001… when N is larger):
                                          one filled questionnaire workbook per unit (--json: one JSON file), and/or one table for score; --clean: plant no anomalies
  template --framework <id|file> [--unit CODE --unit-name NAME] [--year YEAR] --out <file.xlsx>
                                          write a blank questionnaire workbook (template version 1), for one unit or any unit
  import <files or folders...> --framework <id|file> [--year YEAR] [--state <file.json>] [--json] [--out <results.xlsx>]
                                          read filled questionnaire workbooks; one line per file: OK <file>, DUPLICATE <file>,
                                          CONFLICT <file> <unit> or REJECTED <file> <code> [<sheet>!<cell>] <reason>.
                                          Without --state, duplicates and conflicts are judged among this run's files;
                                          --state remembers earlier imports in that JSON file. --json: one JSON document.
  report --framework <id|file> --data <.csv|.xlsx> --out <file.xlsx> [--year YEAR] [--csv <file.csv>] [--official]
                                          score and write the results report as the app does (ranking, one sheet per component,
                                          raw answers, indicator values, method); --csv: also the ranking as CSV
  help [command]                          print help (also: --help, -h)
  version                                 print the version (also: --version)

Scoring options (score):
  --normalise minmax[:L,U] | zscore[:M,S] | ratio-to-max | dist-to-max | rank | prank | goalposts:L,U,S | none
  --aggregate amean | gmean | hmean | sum
  --impute none | mean | median | zero | group-mean:<column>
  --denominate            divide each indicator by its denominator column (iMeta tables)
  --weights <file .csv>   new weights: columns iCode, Weight
  --decimals N            round the output (default: full precision)

Common options:
  --lang vi|en            language of messages (default: Vietnamese; env ICTWB_LANG)

Exit codes: 0 success, 1 problems in the data, 2 bad usage or an unreadable file.`

const vi = {
  usage: usageVi,
  unknownCommand: 'Lệnh không tồn tại: "{{command}}".',
  unknownOption: 'Tuỳ chọn không hợp lệ: "{{option}}".',
  missingValue: 'Tuỳ chọn {{option}} cần một giá trị.',
  missingOption: 'Thiếu tuỳ chọn bắt buộc {{option}}.',
  missingArgument: 'Thiếu {{argument}}.',
  extraArgument: 'Thừa tham số: "{{argument}}".',
  badLanguage: 'Ngôn ngữ phải là "vi" hoặc "en" (nhận được "{{value}}").',
  badOptionValue: 'Giá trị "{{value}}" không hợp lệ cho {{option}}; cần {{expected}}.',
  seeHelp: 'Chạy "ictwb --help" để xem các lệnh.',
  unknownFramework: 'Không có bộ chỉ số có sẵn "{{id}}" và cũng không có tệp này. Các bộ có sẵn: {{ids}}.',
  unreadableFile: 'Không đọc được tệp "{{file}}": {{reason}}.',
  unsupportedExtension: 'Không hỗ trợ loại tệp "{{file}}"; dùng {{expected}}.',
  notJson: 'Tệp "{{file}}" không phải JSON hợp lệ: {{reason}}.',
  frameworkValid:
    '{{id}} {{version}}: hợp lệ ({{questions}} câu hỏi, {{indicators}} chỉ tiêu, {{components}} chỉ số thành phần).',
  frameworkInvalid: '{{id}}: {{count}} lỗi.',
  written: 'Đã ghi {{file}}.',
  unknownWeightCode: 'Tệp trọng số: mã "{{code}}" không có trong bộ chỉ số.',
  scored: 'Đã tính {{units}} đơn vị.',
  noSheet: 'Sổ "{{file}}" không có trang tính nào đọc được.',
  workbookProblem: '{{file}}: {{problem}}',
  sampleUnknownFramework: 'Không có bộ chỉ số có sẵn "{{id}}". Có thể tạo dữ liệu mẫu cho: {{ids}}.',
  sampleNoOutput: 'Cần --out <thư mục> hoặc --data-table <tệp .csv> (hoặc cả hai).',
  sampleGenerated:
    'Đã tạo dữ liệu mẫu {{framework}} năm {{year}} (hạt giống {{seed}}): {{units}} đơn vị, {{anomalies}} bất thường cài sẵn.',
  sampleFilesWritten: 'Đã ghi {{count}} tệp JSON vào {{folder}}.',
  sampleWorkbooksWritten: 'Đã ghi {{count}} phiếu khai Excel vào {{folder}}.',
  sampleWriteFailed: 'Không ghi được "{{file}}": {{reason}}.',
  importNoFiles: 'Không có tệp .xlsx nào trong các đường dẫn đã cho.',
  importSummary:
    '{{total}} tệp: {{ok}} OK, {{duplicate}} DUPLICATE, {{conflict}} CONFLICT, {{rejected}} REJECTED.',
  importStateUnreadable: 'Không dùng được tệp trạng thái "{{file}}": {{reason}}.',
  importMoreIssues: '(và {{count}} vấn đề khác)',
  importUnreadablePath: 'không đọc được: {{reason}}',
  importIssueMissingMeta: 'Không phải phiếu khảo sát xuất từ ứng dụng: thiếu trang ẩn _meta.',
  importIssueNotAQuestionnaire: 'Không phải sổ phiếu khảo sát (trang _meta ghi “{{found}}”).',
  importIssueInvalidMeta: 'Trang _meta hỏng: trường {{field}} là “{{found}}”.',
  importIssueUnsupportedTemplateVersion:
    'Sổ dùng mẫu phiên bản {{found}}, ứng dụng này chỉ đọc đến phiên bản {{newestKnown}}; hãy cập nhật ứng dụng.',
  importIssueFrameworkMismatch: 'Sổ thuộc bộ chỉ số {{found}}, không phải {{expected}}.',
  importIssueYearMismatch: 'Sổ khai cho năm {{found}}, không phải năm {{expected}}.',
  importIssueMissingSheet: 'Thiếu trang “{{sheet}}” (đã bị xoá hoặc đổi tên).',
  importIssueUnexpectedSheet: 'Có trang lạ “{{sheet}}”; hãy xoá trang này rồi gửi lại.',
  importIssueUnexpectedMerge: 'Trang “{{sheet}}”: các ô {{range}} đã bị gộp; hãy bỏ gộp ô.',
  importIssueEditedProtectedCell: 'Ô khoá đã bị sửa: cần “{{expected}}”, gặp “{{found}}”.',
  importIssueMissingQuestion: 'Trang “{{sheet}}”: thiếu dòng câu hỏi {{question}}.',
  importIssueDuplicateQuestion: 'Câu hỏi {{question}} xuất hiện hai lần.',
  importIssueUnknownQuestion: 'Dòng có mã “{{found}}” không có trong bộ chỉ số.',
  importIssueMissingUnit: 'Chưa nhập mã đơn vị.',
  importIssueInvalidUnitCode: 'Mã đơn vị không hợp lệ: “{{found}}”.',
  importIssueInvalidAnswer: 'Câu {{question}}: cần {{expected}}, gặp “{{found}}”.',
  importIssueInvalidAnswerFormula: 'Câu {{question}}: ô chứa công thức “{{found}}”; hãy nhập giá trị.',
  importIssueInvalidAnswerErrorValue: 'Câu {{question}}: ô chứa giá trị lỗi {{found}}.',
  importIssueInvalidNote: 'Ghi chú của câu {{question}} dài quá {{maxLength}} ký tự hoặc không đọc được.',
  importIssueTooManyRows: 'Bảng {{question}} có {{found}} dòng, tối đa {{maxRows}}.',
  importIssueTooFewRows: 'Bảng {{question}} có {{found}} dòng, cần ít nhất {{minRows}}.',
  importIssueMissingRequired: 'Câu bắt buộc {{question}} chưa trả lời.',
  importIssueCheckFailed: 'Câu {{question}}: {{message}}',
  importIssueParseTimeout: 'Đọc tệp quá {{seconds}} giây; tệp bị từ chối để an toàn.',
  importIssueParseCrashed: 'Không đọc được tệp một cách an toàn ({{message}}).',
  importIssueUnknownUnit: 'Đơn vị “{{unitCode}}” không có trong danh sách đơn vị.',
  importIssueNotAnXlsxFile: 'Không phải tệp .xlsx (hoặc gói .zip gồm phiếu và minh chứng).',
  importIssueFileUnreadable: 'Không đọc được tệp: {{message}}.',
  importIssuePackageWithoutWorkbook: 'Gói .zip không có sổ phiếu khảo sát (.xlsx) ở thư mục gốc.',
  importIssuePackageWithSeveralWorkbooks: 'Gói .zip có {{count}} sổ .xlsx; mỗi gói chỉ được có một phiếu.',
  importIssuePackageUnexpectedEntry: 'Gói .zip có "{{part}}" nằm ngoài thư mục evidence/<mã câu hỏi>/.',
  importIssueEvidenceUnknownQuestion:
    'Minh chứng gửi cho "{{question}}", nhưng bộ chỉ số không có câu hỏi minh chứng này.',
  importIssueEvidenceNotAccepted:
    'Minh chứng "{{fileName}}" của câu {{question}} không đúng loại tệp được nhận ({{accept}}).',
  importIssueEvidenceTooManyFiles: 'Câu {{question}} nhận tối đa {{maxFiles}} tệp minh chứng.',
  importExpectInteger: 'số nguyên',
  importExpectDecimal: 'số',
  importExpectPercent: 'tỷ lệ phần trăm',
  importExpectYesNo: 'Có hoặc Không',
  importExpectChoice: 'một giá trị trong danh sách ({{choices}})',
  importExpectDate: 'ngày (ngày/tháng/năm)',
  importExpectText: 'văn bản tối đa {{maxLength}} ký tự',
  importExpectBetween: '{{kind}} từ {{min}} đến {{max}}',
  importExpectAtLeast: '{{kind}} ≥ {{min}}',
  importExpectAtMost: '{{kind}} ≤ {{max}}',
}

type CliMessageKey = keyof typeof vi

const en: Record<CliMessageKey, string> = {
  usage: usageEn,
  unknownCommand: 'Unknown command: "{{command}}".',
  unknownOption: 'Unknown option: "{{option}}".',
  missingValue: 'Option {{option}} needs a value.',
  missingOption: 'Missing required option {{option}}.',
  missingArgument: 'Missing {{argument}}.',
  extraArgument: 'Unexpected argument: "{{argument}}".',
  badLanguage: 'The language must be "vi" or "en" (got "{{value}}").',
  badOptionValue: 'Invalid value "{{value}}" for {{option}}; expected {{expected}}.',
  seeHelp: 'Run "ictwb --help" to see the commands.',
  unknownFramework: 'There is no built-in framework "{{id}}" and no such file. Built-in frameworks: {{ids}}.',
  unreadableFile: 'Cannot read "{{file}}": {{reason}}.',
  unsupportedExtension: 'Unsupported file type "{{file}}"; use {{expected}}.',
  notJson: '"{{file}}" is not valid JSON: {{reason}}.',
  frameworkValid:
    '{{id}} {{version}}: valid ({{questions}} questions, {{indicators}} indicators, {{components}} components).',
  frameworkInvalid: '{{id}}: {{count}} problems.',
  written: 'Wrote {{file}}.',
  unknownWeightCode: 'Weights file: the code "{{code}}" is not in the framework.',
  scored: 'Scored {{units}} units.',
  noSheet: 'The workbook "{{file}}" has no readable sheet.',
  workbookProblem: '{{file}}: {{problem}}',
  sampleUnknownFramework:
    'There is no built-in framework "{{id}}". Sample data can be generated for: {{ids}}.',
  sampleNoOutput: 'Give --out <folder> or --data-table <file .csv> (or both).',
  sampleGenerated:
    'Generated {{framework}} sample data for {{year}} (seed {{seed}}): {{units}} units, {{anomalies}} planted anomalies.',
  sampleFilesWritten: 'Wrote {{count}} JSON files to {{folder}}.',
  sampleWorkbooksWritten: 'Wrote {{count}} questionnaire workbooks to {{folder}}.',
  sampleWriteFailed: 'Cannot write "{{file}}": {{reason}}.',
  importNoFiles: 'No .xlsx file in the paths given.',
  importSummary:
    '{{total}} files: {{ok}} OK, {{duplicate}} DUPLICATE, {{conflict}} CONFLICT, {{rejected}} REJECTED.',
  importStateUnreadable: 'Cannot use the state file "{{file}}": {{reason}}.',
  importMoreIssues: '(and {{count}} more problems)',
  importUnreadablePath: 'cannot be read: {{reason}}',
  importIssueMissingMeta: 'Not a questionnaire exported by the app: the hidden _meta sheet is missing.',
  importIssueNotAQuestionnaire: 'Not a questionnaire workbook (the _meta sheet says “{{found}}”).',
  importIssueInvalidMeta: 'The _meta sheet is damaged: field {{field}} is “{{found}}”.',
  importIssueUnsupportedTemplateVersion:
    'The workbook uses template version {{found}}; this app reads up to version {{newestKnown}}. Update the app.',
  importIssueFrameworkMismatch: 'The workbook belongs to framework {{found}}, not {{expected}}.',
  importIssueYearMismatch: 'The workbook is for {{found}}, not {{expected}}.',
  importIssueMissingSheet: 'The sheet “{{sheet}}” is missing (deleted or renamed).',
  importIssueUnexpectedSheet: 'Unexpected sheet “{{sheet}}”; delete it and send the file again.',
  importIssueUnexpectedMerge: 'Sheet “{{sheet}}”: cells {{range}} were merged; unmerge them.',
  importIssueEditedProtectedCell: 'A locked cell was edited: expected “{{expected}}”, found “{{found}}”.',
  importIssueMissingQuestion: 'Sheet “{{sheet}}”: the row of question {{question}} is missing.',
  importIssueDuplicateQuestion: 'Question {{question}} appears twice.',
  importIssueUnknownQuestion: 'A row with code “{{found}}” is not in the framework.',
  importIssueMissingUnit: 'The unit code was not entered.',
  importIssueInvalidUnitCode: 'Invalid unit code: “{{found}}”.',
  importIssueInvalidAnswer: 'Question {{question}}: expected {{expected}}, found “{{found}}”.',
  importIssueInvalidAnswerFormula:
    'Question {{question}}: the cell holds the formula “{{found}}”; enter a value.',
  importIssueInvalidAnswerErrorValue: 'Question {{question}}: the cell holds the error value {{found}}.',
  importIssueInvalidNote:
    'The note of question {{question}} is longer than {{maxLength}} characters or unreadable.',
  importIssueTooManyRows: 'Table {{question}} has {{found}} rows, at most {{maxRows}}.',
  importIssueTooFewRows: 'Table {{question}} has {{found}} rows, at least {{minRows}} needed.',
  importIssueMissingRequired: 'Required question {{question}} is not answered.',
  importIssueCheckFailed: 'Question {{question}}: {{message}}',
  importIssueParseTimeout: 'Reading the file took more than {{seconds}} seconds; refused to stay safe.',
  importIssueParseCrashed: 'The file could not be read safely ({{message}}).',
  importIssueUnknownUnit: 'The unit “{{unitCode}}” is not in the list of units.',
  importIssueNotAnXlsxFile: 'Not an .xlsx file (or a .zip package of a questionnaire and its evidence).',
  importIssueFileUnreadable: 'The file cannot be read: {{message}}.',
  importIssuePackageWithoutWorkbook: 'The .zip package has no questionnaire workbook (.xlsx) at its top.',
  importIssuePackageWithSeveralWorkbooks:
    'The .zip package holds {{count}} .xlsx workbooks; a package holds one questionnaire.',
  importIssuePackageUnexpectedEntry: 'The .zip package holds "{{part}}" outside evidence/<question code>/.',
  importIssueEvidenceUnknownQuestion:
    'Evidence sent for "{{question}}", which is not an evidence question of the framework.',
  importIssueEvidenceNotAccepted:
    'The evidence file "{{fileName}}" of question {{question}} is not of an accepted type ({{accept}}).',
  importIssueEvidenceTooManyFiles: 'Question {{question}} accepts at most {{maxFiles}} evidence files.',
  importExpectInteger: 'a whole number',
  importExpectDecimal: 'a number',
  importExpectPercent: 'a percentage',
  importExpectYesNo: 'Có or Không (yes or no)',
  importExpectChoice: 'a value from the list ({{choices}})',
  importExpectDate: 'a date (day/month/year)',
  importExpectText: 'text of at most {{maxLength}} characters',
  importExpectBetween: '{{kind}} from {{min}} to {{max}}',
  importExpectAtLeast: '{{kind}} ≥ {{min}}',
  importExpectAtMost: '{{kind}} ≤ {{max}}',
}

export type { CliMessageKey }

/** Every CLI message template in the chosen language (placeholders as `{{name}}`). */
export const cliMessages = (language: CliLanguage): Readonly<Record<CliMessageKey, string>> =>
  language === 'en' ? en : vi
