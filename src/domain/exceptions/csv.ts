/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. A text that a spreadsheet would run as a formula is prefixed with an
 * apostrophe, so "=HYPERLINK(…)" typed in a workshop stays text; then the cell is quoted
 * when it holds the separator, a quote or a line break (RFC 4180).
 */
export function csvCell(value: string, separator: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes =
    safe.includes(separator) || safe.includes('"') || safe.includes('\n') || safe.includes('\r');
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A CSV file: CRLF line ends (RFC 4180) and a byte-order mark, without which spreadsheet
 * software reads UTF-8 accents wrongly. French spreadsheets expect ";" as the separator.
 */
export function toCsv(rows: readonly (readonly string[])[], separator = ','): string {
  const lines = rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
