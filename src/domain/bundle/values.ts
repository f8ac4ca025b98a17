import { describePath, isRecord } from '../json';
import { isSafeId } from '../ids';
import { MAX_TEXT_LENGTH } from './bounds';
import { visibleCharacter } from './jsonSyntax';

/** A value of a parsed file that Fabrik never writes and that could fool a screen or a person. */
export type UnsafeValue =
  /** `__proto__` or `constructor` as a key: what prototype pollution is made of. */
  | { kind: 'reserved-key'; path: string; key: string }
  /** An invisible control character (or a bidirectional override) inside a text. */
  | { kind: 'control-character'; path: string; found: string }
  /** Half of a UTF-16 pair alone: not text, and it cannot be hashed (RFC 8785). */
  | { kind: 'broken-text'; path: string }
  | { kind: 'text-too-long'; path: string; length: number; max: number }
  /** An id with characters a link or a form cannot carry, or the name of a built-in. */
  | { kind: 'unsafe-id'; path: string; id: string };

const RESERVED_KEYS = new Set(['__proto__', 'constructor']);

/** The only text longer than `MAX_TEXT_LENGTH`: bounded by the diagram's own limit. */
const LONG_TEXT_PATHS = new Set(['prototype.process.bpmnXml']);

// C0 controls but tab and line breaks, DEL and C1 controls, bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Keys whose values are ids of Fabrik's lists, or references to them. */
const isIdKey = (key: string) => key === 'id' || /[a-z](Id|Ids)$/.test(key);

/** `at` names the path only when a problem is found: most texts have none. */
function textProblem(text: string, at: () => string): UnsafeValue | undefined {
  if (LONE_SURROGATE.test(text)) return { kind: 'broken-text', path: at() };
  const control = CONTROL.exec(text);
  if (control) {
    return { kind: 'control-character', path: at(), found: visibleCharacter(control[0]) };
  }
  if (text.length > MAX_TEXT_LENGTH && !LONG_TEXT_PATHS.has(at())) {
    return { kind: 'text-too-long', path: at(), length: text.length, max: MAX_TEXT_LENGTH };
  }
  return undefined;
}

/** A diagram element's id, as a review comment names it: XML allows a dot in it. */
const isSafeElementId = (id: string) =>
  /^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/.test(id) && isSafeId(id.replace(/\./g, '_'));

function idProblem(
  value: unknown,
  key: string,
  holder: Record<string, unknown>,
  at: () => string,
): UnsafeValue | undefined {
  const ids = Array.isArray(value) ? value : [value];
  const elementId = key === 'id' && holder.kind === 'process-element';
  // A condition's `field` is the id of the field it tests.
  const isReference = isIdKey(key) || (key === 'field' && 'op' in holder);
  if (!isReference) return undefined;
  const unsafe = ids.find(
    (id) => typeof id === 'string' && !(elementId ? isSafeElementId(id) : isSafeId(id)),
  );
  return typeof unsafe === 'string' ? { kind: 'unsafe-id', path: at(), id: unsafe } : undefined;
}

/**
 * Walks a parsed file (its nesting already bounded) for what the schema cannot see: keys
 * that pollute prototypes, invisible characters, broken text, overlong texts and ids that
 * would break a link or a lookup. Returns the first one found.
 */
export function unsafeValue(root: unknown): UnsafeValue | undefined {
  const pending: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value, () => describePath(path));
      if (problem) return problem;
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, path: [...path, index] }));
    } else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) {
        const childPath = [...path, key];
        const at = () => describePath(childPath);
        if (RESERVED_KEYS.has(key)) return { kind: 'reserved-key', path: describePath(path), key };
        const problem = textProblem(key, at) ?? idProblem(child, key, value, at);
        if (problem) return problem;
        pending.push({ value: child, path: childPath });
      }
    }
  }
  return undefined;
}
