/** A new random identifier for anything Fabrik stores: never shown, never reused. */
export function newId(): string {
  return crypto.randomUUID();
}
