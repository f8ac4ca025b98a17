/** Format checks for the answers an administrative form collects. */

const compact = (value: string) => value.replace(/[\s\u00a0.-]/g, '');

export function isValidEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value.trim());
}

/** A French phone number: 10 digits starting with 0, or +33 / 0033 then 9 digits. */
export function isValidFrenchPhone(value: string): boolean {
  const digits = compact(value).replace(/^\+33\(0\)/, '+33');
  return /^(?:0|\+33|0033)[1-9]\d{8}$/.test(digits);
}

/** The Luhn checksum used by SIREN and SIRET numbers. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** La Poste's establishments do not follow Luhn: the sum of their digits is a multiple of 5. */
const LA_POSTE_SIREN = '356000000';

/** A SIRET: 14 digits (spaces allowed) passing the Luhn check. */
export function isValidSiret(value: string): boolean {
  const digits = compact(value);
  if (!/^\d{14}$/.test(digits)) return false;
  if (digits.startsWith(LA_POSTE_SIREN) && digits !== '35600000000048') {
    return [...digits].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0;
  }
  return luhnValid(digits);
}

/** IBAN lengths of the SEPA countries a French service is likely to meet. */
const ibanLengths: Record<string, number> = {
  FR: 27,
  MC: 27,
  DE: 22,
  BE: 16,
  ES: 24,
  IT: 27,
  LU: 20,
  NL: 18,
  PT: 25,
  CH: 21,
  GB: 22,
  IE: 22,
  AT: 20,
};

/** An IBAN (spaces allowed) with its country's length and a valid mod-97 check. */
export function isValidIban(value: string): boolean {
  const iban = compact(value).toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = ibanLengths[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** A French postal code: 5 digits. */
export function isValidPostalCode(value: string): boolean {
  return /^\d{5}$/.test(value.trim());
}

/** An amount in euros: at most two decimals. */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

/** The file extension, lower case without the dot. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** A regular expression the designer typed, matched against the whole answer; undefined if invalid. */
export function compilePattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return undefined;
  }
}
