import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFileName, docxFileName } from '../../../src/domain/documents/fileNames';
import { tableToCsv } from '../../../src/domain/documents/toCsv';

function table(rows: string[][]) {
  return { kind: 'table' as const, caption: 'Matrice', columns: ['Opération', 'Note'], rows };
}

/** Reads the CSV back as French Excel would: « ; » between cells, after the BOM. */
function cells(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
}

describe('tableToCsv', () => {
  it('starts with a BOM, separates cells with « ; » and ends lines with CRLF', () => {
    const csv = tableToCsv(table([['Installation', 'DSI']]));
    expect(csv).toBe('\uFEFFOpération;Note\r\nInstallation;DSI\r\n');
  });

  it('quotes cells holding « ; », quotes or line breaks, and reads back unchanged', () => {
    const rows = [
      ['Formation; agents', 'dit « oui »'],
      ['Pilote', 'un "test"'],
      ['Ouverture', 'ligne 1\nligne 2'],
    ];
    const csv = tableToCsv(table(rows));
    expect(csv).toContain('"Formation; agents"');
    expect(csv).toContain('"un ""test"""');
    expect(csv).toContain('"ligne 1\nligne 2"');
    expect(cells(csv).slice(1)).toEqual(rows);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = tableToCsv(
      table([
        ['=HYPERLINK("http://evil.example","clic")', '+1+1'],
        ['-2+3', '@SUM(A1)'],
        ['\t=1', '\r=1'],
      ]),
    );
    const read = cells(csv).slice(1);
    expect(read).toEqual([
      ['\'=HYPERLINK("http://evil.example","clic")', "'+1+1"],
      ["'-2+3", "'@SUM(A1)"],
      ["'\t=1", "'\r=1"],
    ]);
  });

  it('leaves signed numbers as numbers and formula characters inside a cell as they are', () => {
    const csv = tableToCsv(
      table([
        ['-12', '+3,5'],
        ['a = b', 'x@y.fr'],
      ]),
    );
    expect(cells(csv).slice(1)).toEqual([
      ['-12', '+3,5'],
      ['a = b', 'x@y.fr'],
    ]);
  });
});

describe('document file names', () => {
  it('names the CSV after the document and the table’s caption, without accents', () => {
    expect(csvFileName('raci', 'Matrice RACI — opérations')).toBe(
      'raci-matrice-raci-operations.csv',
    );
    expect(docxFileName('Cadrage du projet')).toBe('cadrage-du-projet.docx');
    expect(csvFileName('', '')).toBe('document.csv');
  });
});
