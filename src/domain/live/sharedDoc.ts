import * as Y from 'yjs';
import { generateNKeysBetween } from 'fractional-indexing';
import { compareKeyed, reorderKeys } from './orderKeys';
import { isDeepEqual, isIdList, isPlainObject, type JsonObject, type JsonValue } from './json';

/**
 * The prototype as a shared Yjs document. The conversion knows nothing of the prototype's
 * shape, so that content keys added later travel untouched:
 * - an object is a Y.Map, key by key, so that two people changing different properties merge;
 * - an array of objects with unique ids (and an empty array, which may become one) is a
 *   Y.Map from id to `{ o: order key, v: the object }`, so that concurrent additions,
 *   removals and moves of different items all hold, and concurrent moves converge;
 * - any other value (text, number, list of strings…) is stored whole: the last write wins.
 */

/** The root map of the shared document that holds the prototype's content. */
export const PROTOTYPE_ROOT = 'prototype';
/** Marks a Y.Map that holds a list by id; no content key starts with a NUL character. */
export const LIST_MARK = '\u0000list';
const ORDER = 'o';
const VALUE = 'v';

/** This browser's bookkeeping: never shared, each participant keeps their own. */
export const localKeys = ['status', 'createdAt', 'updatedAt', 'revision', 'review'] as const;
const localKeySet = new Set<string>(localKeys);

type Encoded = Y.Map<unknown> | JsonValue;

function isListMap(value: unknown): value is Y.Map<unknown> {
  return value instanceof Y.Map && value.get(LIST_MARK) === true;
}

function encodeObject(object: JsonObject): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(object)) {
    if (value !== undefined) map.set(key, encode(value));
  }
  return map;
}

function encodeListItem(item: JsonObject, order: string): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  entry.set(ORDER, order);
  entry.set(VALUE, encodeObject(item));
  return entry;
}

function encode(value: JsonValue): Encoded {
  if (isIdList(value)) {
    const map = new Y.Map<unknown>();
    map.set(LIST_MARK, true);
    const orders = generateNKeysBetween(null, null, value.length);
    value.forEach((item, index) => map.set(item.id, encodeListItem(item, orders[index]!)));
    return map;
  }
  if (isPlainObject(value)) return encodeObject(value);
  return value;
}

function listEntries(map: Y.Map<unknown>) {
  const entries: { id: string; order: string; entry: Y.Map<unknown> }[] = [];
  map.forEach((entry, id) => {
    if (id === LIST_MARK || !(entry instanceof Y.Map)) return;
    const order = entry.get(ORDER);
    entries.push({ id, order: typeof order === 'string' ? order : '', entry });
  });
  return entries.sort(compareKeyed);
}

function decode(value: unknown): JsonValue {
  if (isListMap(value)) {
    return listEntries(value).map(({ entry }) => decode(entry.get(VALUE)) as JsonObject);
  }
  if (value instanceof Y.Map) {
    const object: JsonObject = {};
    value.forEach((item, key) => {
      object[key] = decode(item);
    });
    return object;
  }
  return value as JsonValue;
}

/** Writes `next` over `current` in place where it can; returns a replacement otherwise. */
function update(current: unknown, next: JsonValue): { replace: Encoded } | undefined {
  if (isIdList(next) && isListMap(current)) {
    updateList(current, next);
    return undefined;
  }
  if (isPlainObject(next) && current instanceof Y.Map && !isListMap(current)) {
    updateObject(current, next);
    return undefined;
  }
  if (!(current instanceof Y.Map) && isDeepEqual(current, next)) return undefined;
  return { replace: encode(next) };
}

function updateObject(map: Y.Map<unknown>, next: JsonObject, skip?: ReadonlySet<string>) {
  for (const key of [...map.keys()]) {
    if (!skip?.has(key) && next[key] === undefined) map.delete(key);
  }
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined || skip?.has(key)) continue;
    const change = update(map.get(key), value);
    if (change) map.set(key, change.replace);
  }
}

function updateList(map: Y.Map<unknown>, items: JsonObject[]) {
  const wanted = new Set(items.map((item) => item.id as string));
  const before = listEntries(map);
  for (const { id } of before) if (!wanted.has(id)) map.delete(id);
  const orderOf = new Map(before.map(({ id, order }) => [id, order]));
  for (const item of items) {
    const entry = map.get(item.id as string);
    const value = entry instanceof Y.Map ? entry.get(VALUE) : undefined;
    if (value instanceof Y.Map && !isListMap(value)) updateObject(value, item);
    else if (entry instanceof Y.Map) entry.set(VALUE, encodeObject(item));
  }
  const kept = before.filter(({ id }) => wanted.has(id)).map(({ id }) => id);
  const sameOrder =
    kept.length === items.length && kept.every((id, index) => items[index]!.id === id);
  if (sameOrder) return;
  const changes = reorderKeys(
    items.map((item) => ({ id: item.id as string, order: orderOf.get(item.id as string) })),
  );
  for (const item of items) {
    const order = changes.get(item.id as string);
    if (order === undefined) continue;
    const entry = map.get(item.id as string);
    if (entry instanceof Y.Map) entry.set(ORDER, order);
    else map.set(item.id as string, encodeListItem(item, order));
  }
}

/** The shared part of a prototype: its content, whatever keys it has, without local bookkeeping. */
export function sharedPart(prototype: object): JsonObject {
  const shared: JsonObject = {};
  for (const [key, value] of Object.entries(prototype)) {
    if (!localKeySet.has(key) && value !== undefined) shared[key] = value as JsonValue;
  }
  return shared;
}

/**
 * Brings the shared document to `prototype`'s content, changing only what differs, in one
 * transaction marked with `origin` (so that each person's undo finds their own changes).
 */
export function writePrototype(doc: Y.Doc, prototype: object, origin: unknown = null): void {
  doc.transact(() => {
    updateObject(doc.getMap(PROTOTYPE_ROOT), sharedPart(prototype), localKeySet);
  }, origin);
}

/** The content held by the shared document (empty before anything was written). */
export function readPrototype(doc: Y.Doc): JsonObject {
  return decode(doc.getMap(PROTOTYPE_ROOT)) as JsonObject;
}

/** Whether the shared document holds a prototype yet. */
export function holdsPrototype(doc: Y.Doc): boolean {
  return doc.getMap(PROTOTYPE_ROOT).size > 0;
}

/** A new shared document holding `prototype`'s content. */
export function prototypeToDoc(prototype: object): Y.Doc {
  const doc = new Y.Doc();
  writePrototype(doc, prototype);
  return doc;
}
