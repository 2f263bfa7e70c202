import type { CliLanguage } from './cliLanguage'

const usageVi = `ictwb — Bàn làm việc Chỉ số CNTT, công cụ dòng lệnh

Cách dùng: ictwb <lệnh> [tuỳ chọn]

Lệnh:
  frameworks                              liệt kê các bộ chỉ số có sẵn, mỗi dòng một bộ (mã trước)
  framework check <mã|tệp>                kiểm tra một bộ chỉ số; in mỗi lỗi một dòng
  framework convert <mã|tệp> --out <tệp>  chuyển đổi giữa JSON, sổ Excel soạn bộ chỉ số và bảng iMeta (.csv)
  score --framework <mã|tệp> --data <.csv|.xlsx> --out <.csv|.xlsx|.json> [tuỳ chọn tính điểm]
                                          tính điểm và xếp hạng các đơn vị (bảng kiểu iData của COINr)
  sample --framework <mã> --year <năm> [--units N] [--seed S] [--clean] --out <thư mục> | --data-table <tệp .csv>
                                          tạo dữ liệu mẫu (các đơn vị của Đà Nẵng, rồi đơn vị SYN-0001… nếu N lớn hơn):
                                          mỗi đơn vị một tệp JSON, và/hoặc một bảng cho lệnh score; --clean: không cài bất thường
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
  sample --framework <id> --year <year> [--units N] [--seed S] [--clean] --out <folder> | --data-table <file .csv>
                                          generate sample data (Đà Nẵng's units, then units SYN-0001… when N is larger):
                                          one JSON file per unit, and/or one table for score; --clean: plant no anomalies
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
  frameworkValid: '{{id}} {{version}}: hợp lệ ({{questions}} câu hỏi, {{indicators}} chỉ tiêu, {{components}} chỉ số thành phần).',
  frameworkInvalid: '{{id}}: {{count}} lỗi.',
  written: 'Đã ghi {{file}}.',
  unknownWeightCode: 'Tệp trọng số: mã "{{code}}" không có trong bộ chỉ số.',
  scored: 'Đã tính {{units}} đơn vị.',
  noSheet: 'Sổ "{{file}}" không có trang tính nào đọc được.',
  workbookProblem: '{{file}}: {{problem}}',
  sampleUnknownFramework: 'Không có bộ chỉ số có sẵn "{{id}}". Có thể tạo dữ liệu mẫu cho: {{ids}}.',
  sampleNoOutput: 'Cần --out <thư mục> hoặc --data-table <tệp .csv> (hoặc cả hai).',
  sampleGenerated: 'Đã tạo dữ liệu mẫu {{framework}} năm {{year}} (hạt giống {{seed}}): {{units}} đơn vị, {{anomalies}} bất thường cài sẵn.',
  sampleFilesWritten: 'Đã ghi {{count}} tệp JSON vào {{folder}}.',
  sampleWriteFailed: 'Không ghi được "{{file}}": {{reason}}.',
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
  frameworkValid: '{{id}} {{version}}: valid ({{questions}} questions, {{indicators}} indicators, {{components}} components).',
  frameworkInvalid: '{{id}}: {{count}} problems.',
  written: 'Wrote {{file}}.',
  unknownWeightCode: 'Weights file: the code "{{code}}" is not in the framework.',
  scored: 'Scored {{units}} units.',
  noSheet: 'The workbook "{{file}}" has no readable sheet.',
  workbookProblem: '{{file}}: {{problem}}',
  sampleUnknownFramework: 'There is no built-in framework "{{id}}". Sample data can be generated for: {{ids}}.',
  sampleNoOutput: 'Give --out <folder> or --data-table <file .csv> (or both).',
  sampleGenerated: 'Generated {{framework}} sample data for {{year}} (seed {{seed}}): {{units}} units, {{anomalies}} planted anomalies.',
  sampleFilesWritten: 'Wrote {{count}} JSON files to {{folder}}.',
  sampleWriteFailed: 'Cannot write "{{file}}": {{reason}}.',
}

export type { CliMessageKey }

/** Every CLI message template in the chosen language (placeholders as `{{name}}`). */
export const cliMessages = (language: CliLanguage): Readonly<Record<CliMessageKey, string>> => (language === 'en' ? en : vi)
