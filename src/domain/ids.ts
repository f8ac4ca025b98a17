/** A new random identifier for anything Fabrik stores: never shown, never reused. */
export function newId(): string {
  return crypto.randomUUID();
}

/** Names every plain object answers to: an id equal to one would be mistaken for it. */
const BUILT_IN_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/**
 * Whether an id can be put in a link, a form field's name and an object's key as it is:
 * letters, digits, `-` and `_`, at most 100 of them, and not the name of a built-in
 * (`__proto__`, `constructor`…). Every id Fabrik makes is one (`newId` gives UUIDs).
 */
export function isSafeId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,100}$/.test(id) && !BUILT_IN_NAMES.has(id);
}
