import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../../src/domain/form/pattern';
import {
  canonicalIban,
  canonicalPhone,
  canonicalSiret,
  isValidEmail,
  luhnValid,
} from '../../../src/domain/form/validators';
import { isFilled, isIsoDate, parseNumber } from '../../../src/domain/form/values';

const isValidSiret = (value: string) => canonicalSiret(value) !== undefined;
const isValidIban = (value: string) => canonicalIban(value) !== undefined;
const isValidFrenchPhone = (value: string) => canonicalPhone(value) !== undefined;

describe('SIRET', () => {
  it('accepts a SIRET whose Luhn check holds, with or without spaces', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('732 829 320 00074')).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length and letters', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('7328293200007A')).toBe(false);
  });

  it("accepts La Poste's establishments, whose digits add up to a multiple of 5", () => {
    const laPoste = '35600000012341';
    expect(luhnValid(laPoste)).toBe(false);
    expect([...laPoste].reduce((sum, digit) => sum + Number(digit), 0) % 5).toBe(0);
    expect(isValidSiret(laPoste)).toBe(true);
    expect(isValidSiret('35600000012342')).toBe(false);
  });
});

describe('IBAN', () => {
  it('accepts IBANs whose mod-97 check holds, spaces and case ignored', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(isValidIban('fr7630006000011234567890189')).toBe(true);
    expect(isValidIban('DE89370400440532013000')).toBe(true);
  });

  it('refuses a wrong check, and a French IBAN of the wrong length', () => {
    expect(isValidIban('FR7630006000011234567890188')).toBe(false);
    expect(isValidIban('FR763000600001123456789018')).toBe(false);
    expect(isValidIban('not an iban')).toBe(false);
  });
});

describe('answers as the service receives them', () => {
  it('writes phones, SIRETs and IBANs one way', () => {
    expect(canonicalPhone('+33 (0)6 12 34 56 78')).toBe('+33612345678');
    expect(canonicalPhone('0033 1 23 45 67 89')).toBe('+33123456789');
    expect(canonicalSiret('732 829 320 00074')).toBe('73282932000074');
    expect(canonicalIban('fr76 3000 6000 0112 3456 7890 189')).toBe('FR7630006000011234567890189');
  });
});

describe('French phone numbers', () => {
  it.each(['01 23 45 67 89', '0612345678', '06.12.34.56.78', '+33 6 12 34 56 78', '0033612345678'])(
    'accepts %s',
    (phone) => expect(isValidFrenchPhone(phone)).toBe(true),
  );
  it.each(['0012345678', '061234567', '+44 20 7946 0958', '06 12 34 56 7a'])(
    'refuses %s',
    (phone) => expect(isValidFrenchPhone(phone)).toBe(false),
  );
});

describe('email addresses', () => {
  it('accepts an ordinary address and refuses what is not one', () => {
    expect(isValidEmail('marie.curie@exemple.fr')).toBe(true);
    expect(isValidEmail('marie.curie@exemple')).toBe(false);
    expect(isValidEmail('marie curie@exemple.fr')).toBe(false);
    expect(isValidEmail('@exemple.fr')).toBe(false);
  });
});

describe('dates and numbers', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('01/02/2024')).toBe(false);
    // Years before 100 too, as JSON Schema's "date" format reads them.
    expect(isIsoDate('0050-01-31')).toBe(true);
    expect(isIsoDate('0100-02-29')).toBe(false);
  });

  it('reads numbers typed the French way', () => {
    expect(parseNumber('1 234,50')).toBe(1234.5);
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber('douze')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
  });

  it('knows when an answer says something', () => {
    expect(isFilled('  ')).toBe(false);
    expect(isFilled(['a'])).toBe(true);
    expect(isFilled(false)).toBe(false);
    expect(isFilled({ line1: '', city: 'Lyon' })).toBe(true);
  });

  it('compiles a pattern against the whole answer, and reports an invalid one', () => {
    expect(compilePattern('[A-Z]{2}')?.test('AB')).toBe(true);
    expect(compilePattern('[A-Z]{2}')?.test('ABC')).toBe(false);
    expect(compilePattern('([A-Z]')).toBeUndefined();
  });
});
