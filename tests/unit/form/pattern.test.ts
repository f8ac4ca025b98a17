import { describe, expect, it } from 'vitest';
import { compilePattern, toRe2 } from '../../../src/domain/form/pattern';
import { validateAnswer } from '../../../src/domain/form/validateAnswer';
import { field } from './builders';

describe('designer patterns', () => {
  it('runs (a+)+b on a long answer without freezing the page', () => {
    // JavaScript's backtracking engine takes seconds on 27 letters, and doubles with each one.
    const risky = field('x', 'shortText', { validation: { pattern: '(a+)+b' } });
    const context = { required: true, today: '2026-11-23' };
    expect(validateAnswer(risky, `${'a'.repeat(5000)}c`, context)).toEqual([{ code: 'pattern' }]);
    expect(validateAnswer(risky, 'aaab', context)).toEqual([]);
  });

  it('reads `.`, `\\s` and `\\u` escapes as ECMAScript does, as the exported schema is read', () => {
    expect(compilePattern('.+')?.test('a\rb')).toBe(false);
    expect(compilePattern('.+')?.test('a\u2028b')).toBe(false);
    expect(compilePattern('x\\sx')?.test('x\u00a0x')).toBe(true);
    expect(compilePattern('\\S+')?.test('a\u00a0')).toBe(false);
    expect(compilePattern('\\u00e9t\\u{E9}')?.test('été')).toBe(true);
    expect(toRe2('[.]')).toBe('[.]');
  });

  it('refuses what one of the two engines cannot read', () => {
    expect(compilePattern('([A-Z]')).toBeUndefined();
    expect(compilePattern('(a)\\1')).toBeUndefined();
    expect(compilePattern('(?=a)a')).toBeUndefined();
    expect(compilePattern('[\\s\\S]')).toBeUndefined();
    expect(compilePattern('[^]')).toBeUndefined();
  });
});
