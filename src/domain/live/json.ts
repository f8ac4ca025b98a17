import { isRecord } from '../json';

/** JSON values, as a prototype's content is made of. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

export const isPlainObject = isRecord as (value: unknown) => value is JsonObject;

/** An array of objects each with its own non-empty string id; an empty array counts, as it may become one. */
export function isIdList(value: unknown): value is (JsonObject & { id: string })[] {
  if (!Array.isArray(value)) return false;
  const ids = new Set<string>();
  for (const item of value) {
    if (!isPlainObject(item) || typeof item.id !== 'string' || item.id === '') return false;
    if (ids.has(item.id)) return false;
    ids.add(item.id);
  }
  return true;
}

export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => isDeepEqual(x, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a).filter((key) => a[key] !== undefined);
  const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
  return keys.length === otherKeys.length && keys.every((key) => isDeepEqual(a[key], b[key]));
}

/**
 * `next`, reusing every part of `previous` that is equal to it, so that a screen reading
 * an unchanged part of the prototype is not re-rendered when a remote change arrives.
 */
export function shareUnchanged<T>(previous: unknown, next: T): T {
  if (previous === next) return next;
  if (Array.isArray(next) && Array.isArray(previous)) {
    const byId = new Map<unknown, unknown>();
    for (const item of previous) if (isPlainObject(item)) byId.set(item.id, item);
    let same = next.length === previous.length;
    const shared = next.map((item, index) => {
      const before = isPlainObject(item) && byId.has(item.id) ? byId.get(item.id) : previous[index];
      const result: unknown = shareUnchanged(before, item);
      if (result !== previous[index]) same = false;
      return result;
    });
    return (same ? previous : shared) as T;
  }
  if (isPlainObject(next) && isPlainObject(previous)) {
    let same = Object.keys(previous).length === Object.keys(next).length;
    const shared: JsonObject = {};
    for (const [key, value] of Object.entries(next)) {
      shared[key] = shareUnchanged(previous[key], value);
      if (shared[key] !== previous[key]) same = false;
    }
    return (same ? previous : shared) as T;
  }
  return isDeepEqual(previous, next) ? (previous as T) : next;
}
