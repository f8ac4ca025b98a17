import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from '../../../src/domain/bundle/hash';

describe('canonical hashing (RFC 8785, SHA-256)', () => {
  it('writes the RFC 8785 example exactly: sorted keys, shortest numbers, minimal escapes', () => {
    const value = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        '"literals":[null,true,false]}',
    );
    expect(canonicalJson(value)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { é: 1, z: 2, A: 3 }, '10': 0, '9': 0 })).toBe(
      '{"10":0,"9":0,"a":{"A":3,"z":2,"é":1},"b":1}',
    );
  });

  it('hashes the canonical text as UTF-8 with SHA-256, as any other tool would', async () => {
    const content = { name: 'Carte de stationnement résident', form: { pages: [] } };
    const expected = createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
    expect(await contentHash(content)).toBe(expected);
    expect(await contentHash({ form: { pages: [] }, name: content.name })).toBe(expected);
    expect(await contentHash({ ...content, name: 'Carte de stationnement résidente' })).not.toBe(
      expected,
    );
  });

  it('refuses what JSON cannot carry rather than hashing something else', () => {
    expect(() => canonicalJson(undefined)).toThrow();
  });
});
