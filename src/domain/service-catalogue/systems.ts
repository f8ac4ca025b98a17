import { buildingBlocks, type BuildingBlock } from './schema';
import { SERVICE_NAME_MAX_LENGTH } from './limits';

/** A software component the organisation can build services on. */
export interface SystemEntry {
  /** Stable identifier, which services refer to; never shown. */
  id: string;
  name: string;
  /** The building blocks it provides. */
  blocks: BuildingBlock[];
  version: string;
  /** Who runs it. */
  owner: string;
  /** Whether it runs in production today (otherwise: planned or being tested). */
  inProduction: boolean;
}

export const MAX_SYSTEMS = 500;

export function createSystem(id: string, name: string): SystemEntry {
  return { id, name: name.trim(), blocks: [], version: '', owner: '', inProduction: false };
}

/** Why a system's name cannot be used (`id`: the system being renamed), or nothing. */
export function systemNameProblem(
  systems: readonly SystemEntry[],
  name: string,
  id?: string,
): 'nameRequired' | 'nameTooLong' | 'systemExists' | undefined {
  const wanted = name.trim().toLocaleLowerCase('fr');
  if (wanted === '') return 'nameRequired';
  if (wanted.length > SERVICE_NAME_MAX_LENGTH) return 'nameTooLong';
  return systems.some(
    (system) => system.id !== id && system.name.trim().toLocaleLowerCase('fr') === wanted,
  )
    ? 'systemExists'
    : undefined;
}

/** The building blocks the organisation has today: those of a system in production. */
export function blocksInProduction(systems: readonly SystemEntry[]): BuildingBlock[] {
  return buildingBlocks.filter((block) =>
    systems.some((system) => system.inProduction && system.blocks.includes(block)),
  );
}

/** The systems that provide a block, those in production first. */
export function systemsProviding(
  systems: readonly SystemEntry[],
  block: BuildingBlock,
): SystemEntry[] {
  return systems
    .filter((system) => system.blocks.includes(block))
    .sort((a, b) => Number(b.inProduction) - Number(a.inProduction));
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Systems as stored: a row without id or name is dropped, a field of the wrong kind emptied. */
export function readSystems(value: unknown): SystemEntry[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  return value.slice(0, MAX_SYSTEMS).flatMap((row: unknown) => {
    const stored = (row ?? {}) as Record<string, unknown>;
    const id = text(stored.id);
    if (id === '' || text(stored.name).trim() === '' || seen.has(id)) return [];
    seen.add(id);
    const blocks = Array.isArray(stored.blocks) ? stored.blocks : [];
    return [
      {
        id,
        name: text(stored.name),
        blocks: buildingBlocks.filter((block) => blocks.includes(block)),
        version: text(stored.version),
        owner: text(stored.owner),
        inProduction: stored.inProduction === true,
      },
    ];
  });
}

/**
 * The system made for building blocks an earlier Fabrik let the organisation tick as
 * available without naming a system: kept in production so that no score changes, under a
 * name that asks the team to say which systems they are.
 */
export const DECLARED_BLOCKS_SYSTEM = {
  id: 'declared-blocks',
  name: 'Briques déclarées disponibles (systèmes à préciser)',
} as const;

/**
 * The systems once the blocks ticked as available in older scoring settings
 * (`availableBlocks`) are a system of their own: those already provided by a system in
 * production need nothing.
 */
export function liftDeclaredBlocks(
  scoring: unknown,
  systems: readonly SystemEntry[],
): SystemEntry[] {
  const declared = (scoring as { availableBlocks?: unknown } | undefined)?.availableBlocks;
  const have = blocksInProduction(systems);
  const blocks = Array.isArray(declared)
    ? buildingBlocks.filter((block) => declared.includes(block) && !have.includes(block))
    : [];
  if (blocks.length === 0) return [...systems];
  const taken = systems.find((system) => system.id === DECLARED_BLOCKS_SYSTEM.id);
  if (taken) {
    return systems.map((system) =>
      system === taken
        ? {
            ...system,
            blocks: buildingBlocks.filter(
              (block) => system.blocks.includes(block) || blocks.includes(block),
            ),
            inProduction: true,
          }
        : system,
    );
  }
  return [
    ...systems,
    {
      ...createSystem(DECLARED_BLOCKS_SYSTEM.id, DECLARED_BLOCKS_SYSTEM.name),
      blocks,
      inProduction: true,
    },
  ];
}
