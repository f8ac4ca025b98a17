import { canonicalJson, sha256Hex } from '../bundle/hash';
import { checkMigrationSequence, runMigrations, type Migration } from '../stored/migrate';
import { readIndicatorTargets, type IndicatorTargets } from './dashboard';
import { readLifeEventMap, type LifeEventMap } from './lifeEvents';
import { readStoredEntry, type ServiceEntry } from './schema';
import { readScoringSettings, type ScoringSettings } from './scoring';
import { liftDeclaredBlocks, readSystems, type SystemEntry } from './systems';
import { readWorkflows, type GenericWorkflow } from './workflows';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const CATALOGUE_FILE_FORMAT = 'fabrik/service-catalogue';
export const CATALOGUE_FORMAT_VERSION = 2;
/** Far beyond a catalogue of 20 000 services: a larger file is refused before it is parsed. */
export const MAX_CATALOGUE_FILE_BYTES = 100 * 1024 * 1024;

/** The catalogue file's migrations (its version is `formatVersion`), one per change of shape. */
export const catalogueMigrations: readonly Migration[] = [
  {
    to: 2,
    description:
      'Building blocks are available when a system in production provides them: the blocks ticked in the scoring settings become a system in production.',
    migrate(file) {
      const catalogue = file.catalogue;
      if (!isRecord(catalogue)) return file;
      const { availableBlocks: _declared, ...scoring } = isRecord(catalogue.scoring)
        ? catalogue.scoring
        : {};
      return {
        ...file,
        catalogue: {
          ...catalogue,
          scoring,
          systems: liftDeclaredBlocks(catalogue.scoring, readSystems(catalogue.systems)),
        },
      };
    },
  },
];
checkMigrationSequence(catalogueMigrations);

/** Everything the organisation keeps of its catalogue. */
export interface CatalogueContent {
  services: ServiceEntry[];
  scoring: ScoringSettings;
  lifeEvents: LifeEventMap;
  /** The software components services are built on. */
  systems: SystemEntry[];
  /** The generic workflows prototypes start from (absent from files written before them). */
  workflows: GenericWorkflow[];
  /** The targets of the dashboard's indicators (the defaults in files written before them). */
  targets: IndicatorTargets;
}

/** The catalogue's own file: self-describing, versioned, and with the hash of its content. */
export interface CatalogueFile {
  format: typeof CATALOGUE_FILE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  app: { name: 'fabrik'; version: string };
  catalogue: CatalogueContent;
  integrity: { algorithm: 'SHA-256'; canonicalization: 'RFC 8785'; contentHash: string };
}

/** The file of a catalogue; `contentHash` is the SHA-256 of its RFC 8785 canonical JSON. */
export async function writeCatalogueFile(
  catalogue: CatalogueContent,
  { now, appVersion }: { now: Date; appVersion: string },
): Promise<CatalogueFile> {
  return {
    format: CATALOGUE_FILE_FORMAT,
    formatVersion: CATALOGUE_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    app: { name: 'fabrik', version: appVersion },
    catalogue,
    integrity: {
      algorithm: 'SHA-256',
      canonicalization: 'RFC 8785',
      contentHash: await sha256Hex(canonicalJson(catalogue)),
    },
  };
}

export type CatalogueFileError =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'notCatalogue' }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'hashMismatch' }
  | { kind: 'noServices' };

export type CatalogueFileRead =
  | {
      ok: true;
      catalogue: CatalogueContent;
      /** Rows that are not services (no id), and services whose id came twice: left out. */
      setAside: number;
    }
  | { ok: false; error: CatalogueFileError };

/**
 * Reads a catalogue file without trusting it: the envelope, a version this Fabrik knows,
 * the migrations from older ones, the content hash, then each service through the same
 * tolerant reader as stored rows. Nothing is stored here: the caller stores only an `ok`.
 */
export async function readCatalogueFile(text: string): Promise<CatalogueFileRead> {
  if (text.length > MAX_CATALOGUE_FILE_BYTES) return { ok: false, error: { kind: 'tooLarge' } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'notJson' } };
  }
  if (!isRecord(parsed) || parsed.format !== CATALOGUE_FILE_FORMAT)
    return { ok: false, error: { kind: 'notCatalogue' } };
  const version = parsed.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: { kind: 'notCatalogue' } };
  if (version > CATALOGUE_FORMAT_VERSION)
    return { ok: false, error: { kind: 'newerVersion', version } };
  const integrity = parsed.integrity;
  if (
    !isRecord(integrity) ||
    typeof integrity.contentHash !== 'string' ||
    !isRecord(parsed.catalogue) ||
    (await sha256Hex(canonicalJson(parsed.catalogue))) !== integrity.contentHash
  )
    return { ok: false, error: { kind: 'hashMismatch' } };
  const file = runMigrations(parsed, version, catalogueMigrations, 'formatVersion');
  const content = file.catalogue as Record<string, unknown>;
  if (!Array.isArray(content.services)) return { ok: false, error: { kind: 'noServices' } };
  const services: ServiceEntry[] = [];
  const ids = new Set<string>();
  let setAside = 0;
  for (const row of content.services) {
    const entry = readStoredEntry(row);
    if (!entry || ids.has(entry.id)) {
      setAside += 1;
      continue;
    }
    ids.add(entry.id);
    services.push(entry);
  }
  return {
    ok: true,
    catalogue: {
      services,
      scoring: readScoringSettings(content.scoring),
      lifeEvents: readLifeEventMap(content.lifeEvents),
      systems: readSystems(content.systems),
      workflows: readWorkflows(content.workflows),
      targets: readIndicatorTargets(content.targets),
    },
    setAside,
  };
}
