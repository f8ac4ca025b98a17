import { describe, expect, it } from 'vitest';
import type { BundleReadError } from '../../../src/domain/bundle/readErrors';
import { bundleErrorMessage } from '../../../src/ui/bundleErrorMessage';
import { i18n } from '../../../src/ui/i18n/i18n';

const errors: BundleReadError[] = [
  { kind: 'too-large', bytes: 12 * 1024 * 1024, maxBytes: 10 * 1024 * 1024 },
  { kind: 'empty' },
  { kind: 'not-json', detail: 'Unexpected end of JSON input' },
  { kind: 'wrong-format', found: 'excalidraw' },
  { kind: 'missing-version' },
  { kind: 'newer-version', found: 3, supported: 1 },
  { kind: 'invalid', problems: [{ path: 'prototype.name', message: 'Expected string' }] },
  { kind: 'hash-mismatch', expected: 'a', actual: 'b' },
];

describe('bundleErrorMessage', () => {
  it.each(['fr', 'en'])('gives a translated message for every refused file (%s)', (language) => {
    const t = i18n.getFixedT(language, 'catalogue');
    for (const error of errors) {
      const { message, details } = bundleErrorMessage(error, t, language);
      expect(message).not.toMatch(/bundle\.|common:/);
      details.forEach((detail) => expect(detail).not.toMatch(/bundle\.|common:/));
    }
  });

  it('names the size, the versions and where the file is wrong', () => {
    const t = i18n.getFixedT('fr', 'catalogue');
    expect(bundleErrorMessage(errors[0]!, t, 'fr').message).toContain('12 Mo');
    expect(bundleErrorMessage(errors[5]!, t, 'fr').message).toContain('format 3');
    expect(bundleErrorMessage(errors[6]!, t, 'fr').details).toEqual([
      'prototype.name : Expected string',
    ]);
  });
});
