import Papa from 'papaparse';
import {
  buildingBlocks,
  channels,
  createServiceEntry,
  entryProblems,
  MAX_STEPS,
  MAX_YEARLY_VOLUME,
  SERVICE_NAME_MAX_LENGTH,
  userKinds,
  type BuildingBlock,
  type Channel,
  type DigitisationLevel,
  type ServiceEntry,
  type UserKind,
} from './schema';

/** What a column of the file can fill in an entry. */
export const importTargets = [
  'name',
  'description',
  'owner',
  'users',
  'lifeEvents',
  'legalBasis',
  'legalChangeNeeded',
  'yearlyVolume',
  'interactions',
  'visits',
  'level',
  'buildingBlocks',
  ...channels.map((channel) => `share.${channel}` as const),
] as const;

export type ImportTarget = (typeof importTargets)[number];

/** Beyond this many rows a file is refused: split it. */
export const MAX_IMPORT_ROWS = 5000;

export interface CsvRow {
  /** Line of the file, counting the header as line 1 (a quoted line break is not counted). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  headers: string[];
  /** The rows with something in them. */
  rows: CsvRow[];
  /** Whether the bytes were not UTF-8: unreadable characters were replaced by �. */
  notUtf8: boolean;
}

export type CsvReadResult =
  { ok: true; table: CsvTable } | { ok: false; problem: 'empty' | 'tooManyRows'; rows?: number };

/** Lower case, no accents, letters and digits only: how headers and values are compared. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The separator the header line uses most: headers rarely hold one of them. */
function delimiterOf(content: string): string {
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  const count = (separator: string) => firstLine.split(separator).length;
  return [';', ',', '\t'].reduce((best, separator) =>
    count(separator) > count(best) ? separator : best,
  );
}

/**
 * Reads a CSV file's bytes (UTF-8, semicolon, comma or tab separated). Bytes that are not
 * UTF-8 (a file saved in Latin-1) are kept as �, so the rows that hold them are reported.
 */
export function readCsv(bytes: Uint8Array): CsvReadResult {
  let text: string;
  let notUtf8 = false;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    notUtf8 = true;
  }
  const content = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(content, { delimiter: delimiterOf(content) });
  const [headers, ...records] = parsed.data;
  // Empty lines are left out here, not by the parser, so that line numbers stay true.
  const rows = records
    .map((cells, index) => ({ line: index + 2, cells }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (!headers || rows.length === 0) return { ok: false, problem: 'empty' };
  if (rows.length > MAX_IMPORT_ROWS)
    return { ok: false, problem: 'tooManyRows', rows: rows.length };
  return { ok: true, table: { headers: headers.map((header) => header.trim()), rows, notUtf8 } };
}

const headerAliases: Record<ImportTarget, string[]> = {
  name: ['nom', 'name', 'service', 'intitule', 'demarche', 'nomduservice', 'servicename'],
  description: ['description'],
  owner: [
    'servicegestionnaire',
    'gestionnaire',
    'proprietaire',
    'owner',
    'owningservice',
    'direction',
  ],
  users: ['usagers', 'publics', 'public', 'users'],
  lifeEvents: ['evenementsdevie', 'evenementdevie', 'lifeevents', 'lifeevent'],
  legalBasis: ['basejuridique', 'baselegale', 'legalbasis'],
  legalChangeNeeded: [
    'changementjuridique',
    'modificationjuridique',
    'legalchange',
    'legalchangeneeded',
  ],
  yearlyVolume: ['volume', 'volumeannuel', 'demandesparan', 'yearlyvolume'],
  interactions: ['interactions', 'echanges'],
  visits: ['visites', 'deplacements', 'visits', 'visitsinperson'],
  level: ['niveau', 'niveaudedematerialisation', 'level', 'digitisationlevel'],
  buildingBlocks: ['briques', 'briquesnecessaires', 'buildingblocks', 'blocks'],
  'share.counter': ['guichet', 'partguichet', 'counter'],
  'share.mail': ['courrier', 'partcourrier', 'mail', 'post'],
  'share.phone': ['telephone', 'parttelephone', 'phone'],
  'share.email': ['courriel', 'partcourriel', 'email', 'mel'],
  'share.web': ['web', 'partweb', 'enligne', 'internet', 'online'],
};

/** For each column of the file, the target its header names, or null. */
export function guessMapping(headers: readonly string[]): (ImportTarget | null)[] {
  const taken = new Set<ImportTarget>();
  return headers.map((header) => {
    const key = normalise(header);
    const target = importTargets.find(
      (candidate) => !taken.has(candidate) && headerAliases[candidate].includes(key),
    );
    if (!target) return null;
    taken.add(target);
    return target;
  });
}

export type MappingProblem =
  { code: 'nameNotMapped' } | { code: 'targetTwice'; target: ImportTarget };

export function mappingProblems(mapping: readonly (ImportTarget | null)[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (!mapping.includes('name')) problems.push({ code: 'nameNotMapped' });
  const seen = new Set<ImportTarget>();
  for (const target of mapping) {
    if (target === null) continue;
    if (seen.has(target) && !problems.some((p) => p.code === 'targetTwice' && p.target === target))
      problems.push({ code: 'targetTwice', target });
    seen.add(target);
  }
  return problems;
}

/** Why one cell or row cannot be read; `value` is what the file holds. */
export interface RowProblem {
  target: ImportTarget | 'row';
  code:
    | 'unreadableCharacters'
    | 'columnCount'
    | 'nameMissing'
    | 'tooLong'
    | 'notANumber'
    | 'notWhole'
    | 'negative'
    | 'tooLarge'
    | 'levelRange'
    | 'over100'
    | 'sharesTotal'
    | 'unknownUser'
    | 'unknownBlock'
    | 'notYesNo'
    | 'duplicateInFile'
    | 'alreadyInCatalogue'
    | 'invalid';
  value?: string;
}

export interface RejectedRow {
  /** Line of the file, counting the header as line 1. */
  line: number;
  name: string;
  problems: RowProblem[];
}

export interface ImportPreview {
  entries: ServiceEntry[];
  rejected: RejectedRow[];
}

const userWords: Record<string, UserKind> = {
  particulier: 'individuals',
  particuliers: 'individuals',
  individuals: 'individuals',
  citoyens: 'individuals',
  entreprise: 'businesses',
  entreprises: 'businesses',
  businesses: 'businesses',
  professionnels: 'businesses',
  association: 'associations',
  associations: 'associations',
  administration: 'administrations',
  administrations: 'administrations',
  collectivites: 'administrations',
};
for (const kind of userKinds) userWords[normalise(kind)] = kind;

const blockWords: Record<string, BuildingBlock> = {
  identite: 'identity',
  identification: 'identity',
  paiement: 'payment',
  signature: 'eSignature',
  signatureelectronique: 'eSignature',
  esignature: 'eSignature',
  messagerie: 'messaging',
  referentiels: 'registries',
  registres: 'registries',
  consentement: 'consent',
  rendezvous: 'scheduling',
  prisederendezvous: 'scheduling',
  donneesgeographiques: 'geographicData',
  geographie: 'geographicData',
  circuitdevalidation: 'workflow',
};
for (const block of buildingBlocks) blockWords[normalise(block)] = block;

const yes = new Set(['oui', 'yes', 'vrai', 'true', '1', 'o', 'y']);
const no = new Set(['non', 'no', 'faux', 'false', '0', 'n', '']);

const listItems = (cell: string) =>
  cell
    .split(/[|;,]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** "12 000", "12000", "40 %", "12,5": a number as people type it, or NaN. */
function readNumber(cell: string): number {
  const compact = cell.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
  return compact === '' || !/^-?\d+(\.\d+)?$/.test(compact) ? Number.NaN : Number(compact);
}

interface RowReader {
  problems: RowProblem[];
  fail: (target: ImportTarget | 'row', code: RowProblem['code'], value?: string) => void;
}

function readCount(
  cell: string,
  target: ImportTarget,
  max: number,
  reader: RowReader,
): number | undefined {
  if (cell.trim() === '') return undefined;
  const value = readNumber(cell);
  if (Number.isNaN(value)) reader.fail(target, 'notANumber', cell);
  else if (value < 0) reader.fail(target, 'negative', cell);
  else if (!Number.isInteger(value)) reader.fail(target, 'notWhole', cell);
  else if (value > max) reader.fail(target, 'tooLarge', cell);
  else return value;
  return undefined;
}

function readRow(
  cells: readonly string[],
  mapping: readonly (ImportTarget | null)[],
  entry: ServiceEntry,
  reader: RowReader,
): ServiceEntry {
  const cell = (target: ImportTarget) => {
    const index = mapping.indexOf(target);
    return index < 0 ? '' : (cells[index] ?? '').trim();
  };
  const next: ServiceEntry = { ...entry, name: cell('name') };
  if (next.name === '') reader.fail('name', 'nameMissing');
  else if (next.name.length > SERVICE_NAME_MAX_LENGTH) reader.fail('name', 'tooLong');
  next.description = cell('description');
  next.owner = cell('owner');
  next.legalBasis = cell('legalBasis');
  next.lifeEvents = [...new Set(listItems(cell('lifeEvents')))];
  next.users = [];
  for (const word of listItems(cell('users'))) {
    const kind = userWords[normalise(word)];
    if (kind === undefined) reader.fail('users', 'unknownUser', word);
    else if (!next.users.includes(kind)) next.users.push(kind);
  }
  next.buildingBlocks = [];
  for (const word of listItems(cell('buildingBlocks'))) {
    const block = blockWords[normalise(word)];
    if (block === undefined) reader.fail('buildingBlocks', 'unknownBlock', word);
    else if (!next.buildingBlocks.includes(block)) next.buildingBlocks.push(block);
  }
  const legal = normalise(cell('legalChangeNeeded'));
  if (yes.has(legal)) next.legalChangeNeeded = true;
  else if (!no.has(legal)) reader.fail('legalChangeNeeded', 'notYesNo', cell('legalChangeNeeded'));
  next.yearlyVolume = readCount(cell('yearlyVolume'), 'yearlyVolume', MAX_YEARLY_VOLUME, reader);
  next.interactions = readCount(cell('interactions'), 'interactions', MAX_STEPS, reader);
  next.visits = readCount(cell('visits'), 'visits', MAX_STEPS, reader);
  const levelCell = cell('level');
  if (levelCell !== '') {
    const level = readNumber(levelCell);
    if ([1, 2, 3, 4].includes(level)) next.level = level as DigitisationLevel;
    else reader.fail('level', 'levelRange', levelCell);
  }
  const shares: Partial<Record<Channel, number>> = {};
  for (const channel of channels) {
    const target = `share.${channel}` as const;
    const shareCell = cell(target);
    if (shareCell === '') continue;
    const share = readNumber(shareCell);
    if (Number.isNaN(share)) reader.fail(target, 'notANumber', shareCell);
    else if (share < 0) reader.fail(target, 'negative', shareCell);
    else if (share > 100) reader.fail(target, 'over100', shareCell);
    else shares[channel] = share;
  }
  next.channelShares = shares;
  return next;
}

/**
 * What importing the table with this mapping would store, and the rows it cannot read with
 * why: nothing is stored until the user confirms the preview.
 */
export function previewImport(
  table: CsvTable,
  mapping: readonly (ImportTarget | null)[],
  existingNames: readonly string[],
  makeId: () => string,
  now: Date,
): ImportPreview {
  const known = new Set(existingNames.map(normalise));
  const inFile = new Set<string>();
  const entries: ServiceEntry[] = [];
  const rejected: RejectedRow[] = [];
  table.rows.forEach(({ line, cells }) => {
    const problems: RowProblem[] = [];
    const reader: RowReader = {
      problems,
      fail: (target, code, value) => problems.push({ target, code, value }),
    };
    if (cells.some((cell) => cell.includes('\uFFFD'))) reader.fail('row', 'unreadableCharacters');
    if (cells.length !== table.headers.length)
      reader.fail('row', 'columnCount', String(cells.length));
    const entry = readRow(cells, mapping, createServiceEntry(makeId(), '', now), reader);
    const key = normalise(entry.name);
    if (entry.name !== '' && known.has(key)) reader.fail('name', 'alreadyInCatalogue', entry.name);
    else if (entry.name !== '' && inFile.has(key))
      reader.fail('name', 'duplicateInFile', entry.name);
    if (problems.length === 0) {
      // What the cells allow one by one may still break a rule of the whole entry.
      for (const problem of entryProblems(entry)) {
        reader.fail('row', problem.message === 'sharesTotal' ? 'sharesTotal' : 'invalid');
      }
    }
    if (entry.name !== '') inFile.add(key);
    if (problems.length > 0) rejected.push({ line, name: entry.name, problems });
    else entries.push(entry);
  });
  return { entries, rejected };
}
