import type { SignoffShapeProblem } from '../review/shape';
import type { BoundExceeded } from './bounds';
import type { JsonSyntaxError } from './jsonSyntax';
import type { SchemaProblem } from './schemaProblems';
import type { UnsafeValue } from './values';

export type { SchemaProblem } from './schemaProblems';

/** Every way a bundle can be refused; the UI turns each into a message. */
export type BundleReadError =
  | { kind: 'too-large'; bytes: number; maxBytes: number }
  | { kind: 'empty' }
  /** Bytes that are not UTF-8 text: a binary file, or text saved as UTF-16. */
  | { kind: 'not-text'; utf16: boolean }
  | { kind: 'not-json'; syntax: JsonSyntaxError }
  /** Nested too deep, a string too long, too many values: refused before parsing. */
  | { kind: 'too-complex'; exceeded: BoundExceeded }
  | { kind: 'too-many-signoffs'; found: number; max: number }
  | { kind: 'unsafe-value'; problem: UnsafeValue }
  | { kind: 'wrong-format'; found: string }
  | { kind: 'missing-version' }
  | { kind: 'newer-version'; found: number; supported: number }
  | { kind: 'invalid'; problems: SchemaProblem[] }
  /** Content changed after export, in a file nobody signed (a signed one opens, flagged). */
  | { kind: 'hash-mismatch'; expected: string; actual: string }
  /** Sign-offs that are not as Fabrik writes them: fields added or missing, an unknown role. */
  | { kind: 'invalid-signoffs'; problems: SignoffShapeProblem[] }
  /** Checking the file failed in an unforeseen way: it is refused rather than half read. */
  | { kind: 'unreadable' }
  /** Checking the file took longer than any real bundle does: it was stopped. */
  | { kind: 'too-slow'; seconds: number };

/** Something repaired on import: the file is accepted, the user is told. */
export interface BundleRepair {
  /** i18n key of the message. */
  key: string;
  params?: Record<string, string | number>;
}
