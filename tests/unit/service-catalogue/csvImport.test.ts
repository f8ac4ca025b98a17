import { describe, expect, it } from 'vitest';
import {
  guessMapping,
  mappingProblems,
  MAX_IMPORT_ROWS,
  previewImport,
  readCsv,
  type CsvTable,
} from '../../../src/domain/service-catalogue/csvImport';

const utf8 = (text: string) => new TextEncoder().encode(text);
const now = new Date('2026-12-01T10:00:00Z');

function table(text: string): CsvTable {
  const read = readCsv(utf8(text));
  if (!read.ok) throw new Error(read.problem);
  return read.table;
}

function preview(text: string, existing: string[] = []) {
  const csv = table(text);
  let id = 0;
  return previewImport(csv, guessMapping(csv.headers), existing, () => `id-${id++}`, now);
}

const header =
  'Nom;Service gestionnaire;Usagers;Événements de vie;Volume annuel;Interactions;Visites;Niveau;Briques;Guichet;Web';

describe('readCsv', () => {
  it('reads semicolon and comma separated files, with quotes and a BOM', () => {
    expect(table('\uFEFFNom;Volume\n"Carte; résident";12\n').rows).toEqual([
      { line: 2, cells: ['Carte; résident', '12'] },
    ]);
    expect(table('Nom,Volume\n\n"Carte, résident",12\n').rows).toEqual([
      { line: 3, cells: ['Carte, résident', '12'] },
    ]);
  });

  it('marks a Latin-1 file and keeps its unreadable characters visible as �', () => {
    const latin1 = Uint8Array.from(
      [...'Nom\nD', 0xe9, ...'claration\n'].map((c) =>
        typeof c === 'number' ? c : c.charCodeAt(0),
      ),
    );
    const read = readCsv(latin1);
    expect(read.ok && read.table.notUtf8).toBe(true);
    expect(read.ok && read.table.rows[0]!.cells[0]).toBe('D\uFFFDclaration');
  });

  it('refuses an empty file and one with too many rows', () => {
    expect(readCsv(utf8('Nom\n'))).toEqual({ ok: false, problem: 'empty' });
    const many =
      'Nom\n' + Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `S${i}`).join('\n');
    expect(readCsv(utf8(many))).toEqual({
      ok: false,
      problem: 'tooManyRows',
      rows: MAX_IMPORT_ROWS + 1,
    });
  });
});

describe('guessMapping', () => {
  it('recognises French and English headers, whatever their accents and case', () => {
    expect(
      guessMapping(['NOM', 'Événements de vie', 'yearly volume', 'Part web', 'Autre']),
    ).toEqual(['name', 'lifeEvents', 'yearlyVolume', 'share.web', null]);
  });

  it('maps a target once, to the first column that names it', () => {
    expect(guessMapping(['Nom', 'Name'])).toEqual(['name', null]);
  });
});

describe('mappingProblems', () => {
  it('asks for the name and refuses a target given to two columns', () => {
    expect(mappingProblems(['description', 'level', 'level'])).toEqual([
      { code: 'nameNotMapped' },
      { code: 'targetTwice', target: 'level' },
    ]);
    expect(mappingProblems(['name', null])).toEqual([]);
  });
});

describe('previewImport', () => {
  it('builds entries from the mapped columns', () => {
    const { entries, rejected } = preview(
      `${header}\nCarte résident;Mobilité;Particuliers|Entreprises;Je déménage;12 000;3;1;2;identité, paiement;60;40\n`,
    );
    expect(rejected).toEqual([]);
    expect(entries[0]).toMatchObject({
      id: 'id-0',
      name: 'Carte résident',
      owner: 'Mobilité',
      users: ['individuals', 'businesses'],
      lifeEvents: ['Je déménage'],
      yearlyVolume: 12000,
      interactions: 3,
      visits: 1,
      level: 2,
      buildingBlocks: ['identity', 'payment'],
      channelShares: { counter: 60, web: 40 },
    });
  });

  it('lists each row it cannot read, by file line, with every reason', () => {
    const { entries, rejected } = preview(
      [
        header,
        'Bon;;;;10;;;1;;;',
        'Négatif;;;;-5;;;5;;;120',
        ';Mobilité;;;;;;;;;',
        ';;;;;;;;;;',
        'Inconnu;;Martiens;;;;;;téléportation;;',
        'Partiel;;;;;;;;;50;20',
        'bon;;;;;;;;;;',
        'Court;;',
      ].join('\n'),
    );
    expect(entries.map((entry) => entry.name)).toEqual(['Bon']);
    expect(rejected).toEqual([
      {
        line: 3,
        name: 'Négatif',
        problems: [
          { target: 'yearlyVolume', code: 'negative', value: '-5' },
          { target: 'level', code: 'levelRange', value: '5' },
          { target: 'share.web', code: 'over100', value: '120' },
        ],
      },
      { line: 4, name: '', problems: [{ target: 'name', code: 'nameMissing' }] },
      {
        line: 6,
        name: 'Inconnu',
        problems: [
          { target: 'users', code: 'unknownUser', value: 'Martiens' },
          { target: 'buildingBlocks', code: 'unknownBlock', value: 'téléportation' },
        ],
      },
      { line: 7, name: 'Partiel', problems: [{ target: 'row', code: 'sharesTotal' }] },
      {
        line: 8,
        name: 'bon',
        problems: [{ target: 'name', code: 'duplicateInFile', value: 'bon' }],
      },
      { line: 9, name: 'Court', problems: [{ target: 'row', code: 'columnCount', value: '3' }] },
    ]);
  });

  it('refuses a service already in the catalogue and a row with unreadable characters', () => {
    const csv = table('Nom\nDéjà là\nD\uFFFDclaration\n');
    const { rejected } = previewImport(csv, ['name'], ['déjà LA'], () => 'x', now);
    expect(rejected.map((row) => row.problems[0]!.code)).toEqual([
      'alreadyInCatalogue',
      'unreadableCharacters',
    ]);
  });

  it('reads numbers as people type them and refuses what is not one', () => {
    const { entries, rejected } = preview(
      'Nom;Volume;Guichet;Web\nA;1 500;33,5;66,5\nB;beaucoup;;\nC;2.5;;\n',
    );
    expect(entries[0]).toMatchObject({
      yearlyVolume: 1500,
      channelShares: { counter: 33.5, web: 66.5 },
    });
    expect(rejected.map((row) => row.problems)).toEqual([
      [{ target: 'yearlyVolume', code: 'notANumber', value: 'beaucoup' }],
      [{ target: 'yearlyVolume', code: 'notWhole', value: '2.5' }],
    ]);
  });
});
