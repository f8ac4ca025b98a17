import i18next from 'i18next';
import { bundleFileKind } from '../domain/bundle/fileKind';
import { bundleFileName } from '../domain/bundle/fileName';
import type { Signoff } from '../domain/review/schema';

/**
 * A prototype file's name says what it is, in the interface's language: a plain export, a
 * version, a submission for verification, or a decision (« …-soumission-2 », « …-v2-verifie »).
 */
export function prototypeFileName(
  name: string,
  now: Date,
  bundle: { version?: { number: number }; submission?: unknown; signoffs: readonly Signoff[] },
): string {
  const kind = bundleFileKind(bundle);
  const what =
    kind.kind === 'export'
      ? undefined
      : kind.kind === 'decision'
        ? i18next.t(`common:files.decision.${kind.decision}`, { version: kind.version })
        : i18next.t(`common:files.${kind.kind}`, { version: kind.version });
  return bundleFileName(name, now, what);
}
