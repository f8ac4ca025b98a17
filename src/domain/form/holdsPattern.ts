/**
 * Whether anything in `value` (a prototype, a form, a field) carries a designer's
 * validation pattern: only then do its checks and previews need the pattern engines
 * (patternEngines.ts), which are too heavy to load before a prototype is shown.
 */
export function holdsPattern(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null) continue;
    if (Array.isArray(next)) {
      pending.push(...next);
      continue;
    }
    const validation = (next as { validation?: { pattern?: unknown } }).validation;
    if (typeof validation?.pattern === 'string' && validation.pattern !== '') return true;
    pending.push(...Object.values(next));
  }
  return false;
}
