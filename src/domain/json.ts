/** A plain JSON object (not null, not an array): what untrusted input is checked against. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A path into a JSON value as people read it: `signoffs[1].publicKey.x`. */
export function describePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number'
        ? `${text}[${part}]`
        : text
          ? `${text}.${String(part)}`
          : String(part),
    '',
  );
}

/**
 * The value a record holds under `key` itself, never one it inherits: an answer keyed by a
 * field id "constructor" is not `Object`, and a missing one is undefined.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A record keyed by ids: no prototype, so a key "__proto__" is stored as any other. */
export function recordById<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
