import Papa from 'papaparse';
import type { DocumentBlock } from './model';

/**
 * Cells that a spreadsheet would run as a formula (CSV injection): they start with = + - @,
 * a tab or a carriage return. A signed number (« -12 », « +3,5 ») is not a formula and stays
 * as it is, so that negative amounts remain numbers. papaparse puts a ' before the others,
 * which spreadsheets show as text.
 */
const FORMULA_LIKE = /^[=+\-@\t\r](?![0-9]+(?:[.,][0-9]+)?$)/;

/** The byte-order mark: without it Excel reads the file as Windows-1252 and garbles accents. */
const BOM = '\uFEFF';

/**
 * A document's table as CSV for a spreadsheet. French Excel splits columns on « ; » (its
 * list separator, since « , » is the decimal comma) and guesses the encoding from the BOM,
 * so the file has both; LibreOffice and other tools read them too. Cells with « ; », quotes
 * or line breaks are quoted, and lines end with CRLF as RFC 4180 says.
 */
export function tableToCsv(table: Extract<DocumentBlock, { kind: 'table' }>): string {
  const csv = Papa.unparse(
    { fields: table.columns, data: table.rows },
    { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: FORMULA_LIKE },
  );
  return `${BOM}${csv}\r\n`;
}
