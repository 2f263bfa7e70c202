// Test data only.

/**
 * The XL-OUT-01 payloads (docs/reliability.md §5.6) that must never reach a program as a formula.
 *
 * @example
 *   INJECTION_PAYLOADS.every(isFormulaLikeText) // => true
 */
export const INJECTION_PAYLOADS: readonly string[] = [
  '=1+1',
  '+1',
  '-1+1',
  '@SUM(1)',
  '\t=1',
  '\r=1',
  '\n=1',
  '\u0000=1',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://x","y")',
  '=WEBSERVICE("http://x")',
  '=IMPORTXML("http://x","//a")',
  '==1',
  '= 1',
  ' =1',
  '   +1',
  '\u00A0=1',
  '\u3000=1',
  '＝1',
  '＋1',
  '－1',
  '＠SUM(1)',
  '\uFEFF=1',
  '\u200B=1',
  '-',
  '+',
  '=',
  '@',
  "'=1",
  "''+1",
  '=DDE("cmd";"/C calc";"x")',
  '=1+1\n',
  '-2',
  '+84 912 345 678',
  '@user',
  '=IF(1,2,3)',
  '=A1',
  "='Sheet'!A1",
  '=SUM(A1:A9)*10',
  '=cmd|"/C notepad"!A1',
]
