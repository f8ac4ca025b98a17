import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/domain/exceptions/csv';

describe('csvCell', () => {
  it('quotes cells holding the separator, quotes or line breaks', () => {
    expect(csvCell('simple', ';')).toBe('simple');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('dit "non"', ',')).toBe('"dit ""non"""');
    expect(csvCell('ligne 1\nligne 2', ',')).toBe('"ligne 1\nligne 2"');
  });

  it('keeps a cell a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=HYPERLINK("http://x")', ',')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+33 6', ',')).toBe("'+33 6");
    expect(csvCell('-1', ',')).toBe("'-1");
    expect(csvCell('@SUM(A1)', ',')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1', ',')).toBe("'\t=1");
    expect(csvCell('a=b', ',')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('writes rows with CRLF line ends and a byte-order mark', () => {
    expect(
      toCsv(
        [
          ['Titre', 'Décision'],
          ['Tutelle', 'Plus tard'],
        ],
        ';',
      ),
    ).toBe('\uFEFFTitre;Décision\r\nTutelle;Plus tard\r\n');
  });
});
