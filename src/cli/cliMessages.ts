import type { CliLanguage } from './cliLanguage'

type Messages = {
  readonly usage: string
  readonly unknownCommand: (command: string) => string
  readonly unknownOption: (option: string) => string
  readonly missingValue: (option: string) => string
  readonly badLanguage: (value: string) => string
  readonly seeHelp: string
}

const vi: Messages = {
  usage: [
    'ictwb — Bàn làm việc Chỉ số CNTT, công cụ dòng lệnh',
    '',
    'Cách dùng: ictwb <lệnh> [tuỳ chọn]',
    '',
    'Lệnh:',
    '  help [lệnh]       in hướng dẫn (cũng: --help, -h)',
    '  version           in phiên bản (cũng: --version)',
    '',
    'Tuỳ chọn chung:',
    '  --lang vi|en      ngôn ngữ thông báo (mặc định: tiếng Việt; biến ICTWB_LANG)',
  ].join('\n'),
  unknownCommand: (command) => `Lệnh không tồn tại: "${command}".`,
  unknownOption: (option) => `Tuỳ chọn không hợp lệ: "${option}".`,
  missingValue: (option) => `Tuỳ chọn ${option} cần một giá trị.`,
  badLanguage: (value) => `Ngôn ngữ phải là "vi" hoặc "en" (nhận được "${value}").`,
  seeHelp: 'Chạy "ictwb --help" để xem các lệnh.',
}

const en: Messages = {
  usage: [
    'ictwb — ICT Index Workbench command-line tool',
    '',
    'Usage: ictwb <command> [options]',
    '',
    'Commands:',
    '  help [command]    print help (also: --help, -h)',
    '  version           print the version (also: --version)',
    '',
    'Common options:',
    '  --lang vi|en      language of messages (default: Vietnamese; env ICTWB_LANG)',
  ].join('\n'),
  unknownCommand: (command) => `Unknown command: "${command}".`,
  unknownOption: (option) => `Unknown option: "${option}".`,
  missingValue: (option) => `Option ${option} needs a value.`,
  badLanguage: (value) => `The language must be "vi" or "en" (got "${value}").`,
  seeHelp: 'Run "ictwb --help" to see the commands.',
}

/** Every CLI message in the chosen language. */
export const cliMessages = (language: CliLanguage): Messages => (language === 'en' ? en : vi)
