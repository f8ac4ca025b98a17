/**
 * A short stable name for a list of ids (FNV-1a, 32 bits, in base 36). A test case is known
 * by what it walks, not by its place in the list, so its result survives a regeneration as
 * long as the same path still exists; a collision would merge two results, which over a
 * plan of a few hundred cases is about one chance in ten thousand.
 */
export function stableKey(parts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
