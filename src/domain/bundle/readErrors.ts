import type { SignoffShapeProblem } from '../review/shape';

/** Every way a bundle can be refused; the UI turns each into a message. */
export type BundleReadError =
  | { kind: 'too-large'; bytes: number; maxBytes: number }
  | { kind: 'empty' }
  | { kind: 'not-json'; detail: string }
  | { kind: 'wrong-format'; found: string }
  | { kind: 'missing-version' }
  | { kind: 'newer-version'; found: number; supported: number }
  | { kind: 'invalid'; problems: SchemaProblem[] }
  /** Content changed after export, in a file nobody signed (a signed one opens, flagged). */
  | { kind: 'hash-mismatch'; expected: string; actual: string }
  /** Sign-offs that are not as Fabrik writes them: fields added or missing, an unknown role. */
  | { kind: 'invalid-signoffs'; problems: SignoffShapeProblem[] };

export interface SchemaProblem {
  /** Where in the file, e.g. "prototype.form.pages[0].title". */
  path: string;
  /** What is wrong there, in English (from the schema). */
  message: string;
}

/** Something repaired on import: the file is accepted, the user is told. */
export interface BundleRepair {
  /** i18n key of the message. */
  key: string;
  params?: Record<string, string | number>;
}
