import { create, type Delta } from 'jsondiffpatch';

/** One property of a thing that changed, with its values before and after. */
export interface PropertyChange {
  property: string;
  before: unknown;
  after: unknown;
}

export interface Changed<T> {
  before: T;
  after: T;
  changes: PropertyChange[];
}

/** How a list of things with stable ids changed between two versions. */
export interface CollectionDiff<T> {
  added: T[];
  removed: T[];
  changed: Changed<T>[];
  /** Things that changed place in the list (their new value). */
  moved: T[];
}

type Identified = { id: string };

// Items are matched by their stable id, so a renamed field is "changed", not "removed
// and added"; moves are detected so that a reorder is not read as a change of everything.
const differ = create({
  objectHash: (item, index) => {
    const id = (item as Partial<Identified>).id;
    return typeof id === 'string' ? id : `$index:${String(index)}`;
  },
  arrays: { detectMove: true, includeValueOnMove: false },
});

export function diffValues(before: unknown, after: unknown): Delta {
  return differ.diff(before, after);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The properties whose values differ, from a jsondiffpatch object delta. */
export function propertyChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  delta: Delta = diffValues(before, after),
): PropertyChange[] {
  if (!isRecord(delta)) return [];
  return Object.keys(delta)
    .filter((property) => property !== '_t')
    .map((property) => ({ property, before: before[property], after: after[property] }));
}

const isArrayDelta = (delta: unknown): delta is Record<string, unknown> =>
  isRecord(delta) && delta._t === 'a';

/** Interprets jsondiffpatch's array delta as things added, removed, changed and moved. */
export function diffCollection<T extends Identified>(
  before: readonly T[],
  after: readonly T[],
): CollectionDiff<T> {
  const result: CollectionDiff<T> = { added: [], removed: [], changed: [], moved: [] };
  const delta = diffValues(before, after);
  if (!isArrayDelta(delta)) return result;
  const beforeById = new Map(before.map((item) => [item.id, item]));
  for (const [key, entry] of Object.entries(delta)) {
    if (key === '_t') continue;
    if (key.startsWith('_')) {
      const old = before[Number(key.slice(1))];
      if (!old || !Array.isArray(entry)) continue;
      if (entry[2] === 0) result.removed.push(old);
      else if (entry[2] === 3) {
        const moved = after[entry[1] as number];
        if (moved) result.moved.push(moved);
      }
      continue;
    }
    const current = after[Number(key)];
    if (!current) continue;
    if (Array.isArray(entry) && entry.length === 1) {
      result.added.push(current);
      continue;
    }
    const previous = beforeById.get(current.id);
    if (!previous) continue;
    const changes = propertyChanges(
      previous as unknown as Record<string, unknown>,
      current as unknown as Record<string, unknown>,
      entry as Delta,
    );
    if (changes.length > 0) result.changed.push({ before: previous, after: current, changes });
  }
  return result;
}

// Kept with the diff sections, which the (light) step registry reads without jsondiffpatch.
export { isEmptyCollectionDiff } from './diffSections';
