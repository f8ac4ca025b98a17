// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleFileKind } from '../../../src/domain/bundle/fileKind';
import type { Signoff } from '../../../src/domain/review/schema';
import { prototypeFileName } from '../../../src/state/fileNames';
import { i18n, initI18n } from '../../../src/ui/i18n/i18n';

const at = new Date('2026-12-05T10:00:00Z');
const signoff = (decision: Signoff['decision']) => ({ decision }) as Signoff;

beforeAll(() => {
  initI18n('fr');
});

describe('a prototype file’s name says what the file is', () => {
  it('tells an export, a version, a submission and each decision apart', () => {
    expect(bundleFileKind({ signoffs: [] })).toEqual({ kind: 'export' });
    expect(bundleFileKind({ version: { number: 2 }, signoffs: [] })).toEqual({
      kind: 'version',
      version: 2,
    });
    expect(bundleFileKind({ version: { number: 2 }, submission: {}, signoffs: [] })).toEqual({
      kind: 'submission',
      version: 2,
    });
    expect(
      bundleFileKind({
        version: { number: 2 },
        submission: {},
        signoffs: [signoff('verified'), signoff('approved')],
      }),
    ).toEqual({ kind: 'decision', version: 2, decision: 'approved' });
  });

  it('in French by default, in English when chosen', async () => {
    const name = (bundle: Parameters<typeof prototypeFileName>[2]) =>
      prototypeFileName('Carte de résident', at, bundle);
    expect(name({ signoffs: [] })).toBe('carte-de-resident-2026-12-05.fabrik.json');
    expect(name({ version: { number: 2 }, submission: {}, signoffs: [] })).toBe(
      'carte-de-resident-soumission-2-2026-12-05.fabrik.json',
    );
    expect(name({ version: { number: 2 }, submission: {}, signoffs: [signoff('verified')] })).toBe(
      'carte-de-resident-v2-verifie-2026-12-05.fabrik.json',
    );
    await i18n.changeLanguage('en');
    expect(name({ version: { number: 3 }, submission: {}, signoffs: [signoff('approved')] })).toBe(
      'carte-de-resident-v3-approved-2026-12-05.fabrik.json',
    );
    await i18n.changeLanguage('fr');
  });
});
