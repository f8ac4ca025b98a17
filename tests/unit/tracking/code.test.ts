import { describe, expect, it } from 'vitest';
import {
  codeCount,
  confusableCharacters,
  DEFAULT_CODE_ALPHABET,
  generateTrackingCode,
  generateUniqueCode,
  type RandomSource,
} from '../../../src/domain/tracking/code';

const format = { length: 8, alphabet: DEFAULT_CODE_ALPHABET };

/** A source that replays the given bytes, over and over. */
const replay =
  (values: number[]): RandomSource =>
  (bytes) => {
    for (let index = 0; index < bytes.length; index++)
      bytes[index] = values[index % values.length] ?? 0;
  };

/** Pearson's statistic of observed counts against a uniform distribution. */
function chiSquare(counts: Map<string, number>, categories: string, total: number): number {
  const expected = total / categories.length;
  return [...categories].reduce(
    (sum, c) => sum + ((counts.get(c) ?? 0) - expected) ** 2 / expected,
    0,
  );
}

/**
 * The chi-square value exceeded with probability one in a million by a uniform source
 * (Wilson–Hilferty approximation): a failure is a bias, not bad luck.
 */
function chiSquareBound(degrees: number): number {
  const z = 4.753;
  return degrees * (1 - 2 / (9 * degrees) + z * Math.sqrt(2 / (9 * degrees))) ** 3;
}

function characterCounts(codes: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const code of codes) for (const c of code) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

describe('generateTrackingCode', () => {
  it('draws codes of the format’s length from its alphabet only', () => {
    for (let run = 0; run < 200; run++) {
      const code = generateTrackingCode(format);
      expect(code).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{8}$/);
    }
    expect(generateTrackingCode({ length: 12, alphabet: '0123456789' })).toMatch(/^\d{12}$/);
  });

  it('rejects the bytes above the largest multiple of the alphabet size instead of folding them', () => {
    // 20 characters: bytes 240–255 would favour B…T, so they are skipped.
    const code = generateTrackingCode(
      { length: 3, alphabet: DEFAULT_CODE_ALPHABET },
      replay([240, 255, 3, 250, 19, 20]),
    );
    expect(code).toBe('FZB');
  });

  it('draws every character equally often on a large sample (chi-square)', () => {
    const codes = Array.from({ length: 25_000 }, () => generateTrackingCode(format));
    const all = characterCounts(codes);
    const bound = chiSquareBound(DEFAULT_CODE_ALPHABET.length - 1);
    expect(chiSquare(all, DEFAULT_CODE_ALPHABET, 25_000 * 8)).toBeLessThan(bound);
    const first = characterCounts(codes.map((code) => code[0] ?? ''));
    expect(chiSquare(first, DEFAULT_CODE_ALPHABET, 25_000)).toBeLessThan(bound);
  });

  it('would catch the modulo bias of a naive generator with the same sample', () => {
    const naive = () => {
      const bytes = crypto.getRandomValues(new Uint8Array(8));
      return [...bytes].map((byte) => DEFAULT_CODE_ALPHABET[byte % 20]).join('');
    };
    const codes = Array.from({ length: 25_000 }, naive);
    expect(chiSquare(characterCounts(codes), DEFAULT_CODE_ALPHABET, 25_000 * 8)).toBeGreaterThan(
      chiSquareBound(19),
    );
  });

  it('does not repeat itself', () => {
    const codes = Array.from({ length: 2_000 }, () => generateTrackingCode(format));
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('generateUniqueCode', () => {
  it('never returns a code already taken, until the format runs out', () => {
    const tiny = { length: 3, alphabet: 'AB' };
    const taken = new Set<string>();
    for (let index = 0; index < 8; index++)
      taken.add(generateUniqueCode(tiny, (c) => taken.has(c)));
    expect(taken.size).toBe(8);
    expect(() => generateUniqueCode(tiny, (c) => taken.has(c))).toThrow(/No free tracking code/);
  });
});

describe('codeCount', () => {
  it('says how many codes the format allows', () => {
    expect(codeCount(format)).toBe(25_600_000_000n);
    expect(codeCount({ length: 32, alphabet: DEFAULT_CODE_ALPHABET })).toBe(20n ** 32n);
  });
});

describe('confusableCharacters', () => {
  it('names the look-alike characters an alphabet has together', () => {
    expect(confusableCharacters(DEFAULT_CODE_ALPHABET)).toEqual([]);
    expect(confusableCharacters('ABCO0I1L')).toEqual(['0O', '1IL']);
  });
});
