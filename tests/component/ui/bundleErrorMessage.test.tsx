import { describe, expect, it } from 'vitest';
import type { BundleReadError } from '../../../src/domain/bundle/readErrors';
import { bundleErrorMessage } from '../../../src/ui/bundleErrorMessage';
import { i18n } from '../../../src/ui/i18n/i18n';

const errors: BundleReadError[] = [
  { kind: 'too-large', bytes: 12 * 1024 * 1024, maxBytes: 10 * 1024 * 1024 },
  { kind: 'empty' },
  { kind: 'not-json', syntax: { problem: 'unexpected-end', line: 3, column: 14 } },
  { kind: 'wrong-format', found: 'excalidraw' },
  { kind: 'missing-version' },
  { kind: 'newer-version', found: 3, supported: 1 },
  {
    kind: 'invalid',
    problems: [
      { path: 'prototype.name', issue: { kind: 'wrong-kind', expected: 'text', found: 'number' } },
      { path: 'prototype.team', issue: { kind: 'missing' } },
      { path: 'prototype.form', issue: { kind: 'unknown-field', field: 'extra' } },
      { path: 'prototype.status', issue: { kind: 'not-allowed', allowed: ['a', 'b'] } },
      { path: 'prototype.form.pages', issue: { kind: 'too-short', of: 'list', minimum: 1 } },
      { path: 'prototype.name', issue: { kind: 'too-long', of: 'text', maximum: 120 } },
    ],
  },
  { kind: 'hash-mismatch', expected: 'a', actual: 'b' },
  { kind: 'not-text', utf16: true },
  { kind: 'not-text', utf16: false },
  { kind: 'too-complex', exceeded: { bound: 'depth', max: 64, line: 1 } },
  { kind: 'too-complex', exceeded: { bound: 'string-length', max: 5242880, line: 2 } },
  { kind: 'too-complex', exceeded: { bound: 'values', max: 500000 } },
  { kind: 'too-many-signoffs', found: 6000, max: 20 },
  { kind: 'unsafe-value', problem: { kind: 'reserved-key', path: '', key: '__proto__' } },
  {
    kind: 'unsafe-value',
    problem: { kind: 'control-character', path: 'prototype.name', found: 'U+0007' },
  },
  { kind: 'unsafe-value', problem: { kind: 'broken-text', path: 'prototype.name' } },
  {
    kind: 'unsafe-value',
    problem: { kind: 'text-too-long', path: 'prototype.name', length: 200000, max: 100000 },
  },
  { kind: 'unsafe-value', problem: { kind: 'unsafe-id', path: 'prototype.id', id: 'a/b' } },
  { kind: 'unreadable' },
  { kind: 'too-slow', seconds: 20 },
];

describe('bundleErrorMessage', () => {
  it.each(['fr', 'en'])('gives a translated message for every refused file (%s)', (language) => {
    const t = i18n.getFixedT(language, 'catalogue');
    for (const error of errors) {
      const { message, details } = bundleErrorMessage(error, t, language);
      expect(message).not.toMatch(/bundle\.|common:|refusal\.|\{\{/);
      details.forEach((detail) => expect(detail).not.toMatch(/bundle\.|common:|refusal\.|\{\{/));
    }
  });

  it('names the size, the versions, the place and the problem in French', () => {
    const t = i18n.getFixedT('fr', 'catalogue');
    const message = (index: number) => bundleErrorMessage(errors[index]!, t, 'fr');
    expect(message(0).message).toContain('12 Mo');
    expect(message(2).message).toBe(
      'Ce fichier n’est pas un fichier Fabrik : son contenu n’est pas du JSON valide (ligne 3, colonne 14 : le fichier s’arrête avant la fin (il a sans doute été coupé)).',
    );
    expect(message(5).message).toContain('format 3');
    expect(message(6).details).toEqual([
      'prototype.name : devrait être un texte, c’est un nombre',
      'prototype.team : manquant',
      'prototype.form : champ inconnu « extra »',
      'prototype.status : valeur non prévue (valeurs possibles : « a », « b »)',
      'prototype.form.pages : trop peu d’éléments : au moins 1',
      '…',
    ]);
    expect(message(13).message).toContain('6\u202f000 visas');
    expect(message(18).message).toContain('L’identifiant « a/b » (prototype.id)');
  });

  it('speaks English in the English interface', () => {
    const t = i18n.getFixedT('en', 'catalogue');
    expect(bundleErrorMessage(errors[10]!, t, 'en').message).toBe(
      'The file nests data more than 64 levels deep (line 1): no Fabrik prototype has that many. It was not read.',
    );
  });
});
