import { describe, expect, it } from 'vitest';
import {
  exceededBound,
  MAX_JSON_VALUES,
  MAX_NESTING_DEPTH,
  MAX_STRING_LENGTH,
} from '../../../src/domain/bundle/bounds';
import { isSafeId } from '../../../src/domain/ids';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('bounds checked before parsing', () => {
  it('lets nesting up to the bound through, and says on which line it goes beyond', () => {
    expect(exceededBound(nested(MAX_NESTING_DEPTH))).toBeUndefined();
    expect(exceededBound(`\n\n${nested(MAX_NESTING_DEPTH + 1)}`)).toEqual({
      bound: 'depth',
      max: MAX_NESTING_DEPTH,
      line: 3,
    });
  });

  it('does not count brackets, commas or escaped quotes inside texts', () => {
    const label = JSON.stringify(`${'[{'.repeat(200)} \\" ,:,: "`);
    expect(exceededBound(`{"label":${label},"list":[1,2]}`)).toBeUndefined();
  });

  it('bounds the length of one string, keys included', () => {
    const long = 'x'.repeat(MAX_STRING_LENGTH + 1);
    expect(exceededBound(`{"a":"${long}"}`)).toMatchObject({ bound: 'string-length' });
    expect(exceededBound(`{"${long}":1}`)).toMatchObject({ bound: 'string-length' });
    expect(exceededBound(`"${long}`)).toMatchObject({ bound: 'string-length' });
  });

  it('bounds the number of values', () => {
    expect(exceededBound(`[${'0,'.repeat(MAX_JSON_VALUES)}0]`)).toEqual({
      bound: 'values',
      max: MAX_JSON_VALUES,
    });
  });
});

describe('ids a link, a form box and an object key can carry as they are', () => {
  it('are letters, digits, - and _, as every id Fabrik makes', () => {
    expect(isSafeId(crypto.randomUUID())).toBe(true);
    expect(isSafeId('message-submitted')).toBe(true);
    for (const id of ['a/b', 'a?b', 'a#b', 'a b', 'a.b', 'é', '', 'x'.repeat(101)]) {
      expect(isSafeId(id)).toBe(false);
    }
  });

  it('are never the name of a built-in', () => {
    for (const id of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      expect(isSafeId(id)).toBe(false);
    }
  });
});
