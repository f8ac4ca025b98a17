import type { Signoff, SignoffDecision } from '../review/schema';

/** What a prototype file is, which its name says so that nobody sends the wrong one. */
export type BundleFileKind =
  | { kind: 'export' }
  | { kind: 'version'; version: number }
  | { kind: 'submission'; version: number }
  | { kind: 'decision'; version: number; decision: SignoffDecision };

export function bundleFileKind(bundle: {
  version?: { number: number };
  submission?: unknown;
  signoffs: readonly Signoff[];
}): BundleFileKind {
  const version = bundle.version?.number;
  if (version === undefined) return { kind: 'export' };
  const last = bundle.signoffs.at(-1);
  if (last) return { kind: 'decision', version, decision: last.decision };
  if (bundle.submission !== undefined) return { kind: 'submission', version };
  return { kind: 'version', version };
}
