import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** An item of an ordered list, with the key that places it among the others. */
export interface Keyed {
  id: string;
  /** Fractional-index key; absent for an item not placed yet. */
  order?: string;
}

/** The list's order: by key, then by id, so that two items given one key concurrently still sort alike everywhere. */
export function compareKeyed(a: Required<Keyed>, b: Required<Keyed>): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Indices of a longest strictly increasing run of keys (absent keys never belong to it). */
function longestIncreasing(keys: readonly (string | undefined)[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, index) => {
    if (key === undefined) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((keys[tails[middle]!] as string) < key) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]!) kept.add(index);
  return kept;
}

/**
 * The order keys that place `items` in the given order, changing as few keys as possible:
 * the longest run already in order keeps its keys, and only the others get new keys between
 * their neighbours. Returns the new key of every item whose key must change.
 * Changing few keys is what lets two people's concurrent moves of different items both hold.
 */
export function reorderKeys(items: readonly Keyed[]): Map<string, string> {
  const keys = items.map((item) => item.order);
  const kept = longestIncreasing(keys);
  const changes = new Map<string, string>();
  let index = 0;
  let before: string | null = null;
  while (index < items.length) {
    if (kept.has(index)) {
      before = keys[index]!;
      index++;
      continue;
    }
    let end = index;
    while (end < items.length && !kept.has(end)) end++;
    const after = end < items.length ? keys[end]! : null;
    const fresh = generateNKeysBetween(before, after, end - index);
    for (let at = index; at < end; at++) changes.set(items[at]!.id, fresh[at - index]!);
    before = fresh.at(-1) ?? before;
    index = end;
  }
  return changes;
}

/** A key after every key given. */
export function keyAfter(last: string | null): string {
  return generateKeyBetween(last, null);
}
