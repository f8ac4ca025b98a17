/** Format checks for the answers an administrative form collects. */

const compact = (value: string) => value.replace(/[\s\u00a0.-]/g, '');

/**
 * An email address, as ECMAScript reads it with the `u` flag: the exported JSON Schema
 * carries the same expression, so both accept the same addresses.
 */
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}$';
const email = new RegExp(EMAIL_PATTERN, 'u');

export function isValidEmail(value: string): boolean {
  return email.test(value.trim());
}

/** A French phone number as the service receives it: "+33" then 9 digits. */
export const PHONE_PATTERN = '^\\+33[1-9]\\d{8}$';

/**
 * A French phone number (10 digits starting with 0, or +33 / 0033 then 9 digits, spaces,
 * dots, dashes and "(0)" allowed) written "+33612345678"; undefined if it is not one.
 */
export function canonicalPhone(value: string): string | undefined {
  const digits = compact(value).replace(/^\+33\(0\)/, '+33');
  const match = /^(?:0|\+33|0033)([1-9]\d{8})$/.exec(digits);
  return match ? `+33${match[1]}` : undefined;
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

/** A SIRET: 14 digits (spaces allowed) passing the Luhn check; its digits, or undefined. */
export function canonicalSiret(value: string): string | undefined {
  const digits = compact(value);
  if (!/^\d{14}$/.test(digits)) return undefined;
  if (digits.startsWith(LA_POSTE_SIREN) && digits !== '35600000000048') {
    const sum = [...digits].reduce((total, digit) => total + Number(digit), 0);
    return sum % 5 === 0 ? digits : undefined;
  }
  return luhnValid(digits) ? digits : undefined;
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

/** The shape of an IBAN as the service receives it (its check is `canonicalIban`'s). */
export const IBAN_PATTERN = '^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$';

/**
 * An IBAN (spaces and lower case allowed) with its country's length and a valid mod-97
 * check, written in capitals without spaces; undefined if it is not one.
 */
export function canonicalIban(value: string): string | undefined {
  const iban = compact(value).toUpperCase();
  return ibanChecks(iban) ? iban : undefined;
}

function ibanChecks(iban: string): boolean {
  if (!new RegExp(IBAN_PATTERN).test(iban)) return false;
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

/** Whether a number has at most `digits` decimals (an amount in euros: two). */
export function hasAtMostDecimals(value: number, digits: number): boolean {
  const scaled = value * 10 ** digits;
  return Math.abs(Math.round(scaled) - scaled) < 1e-6;
}

/** The file extension, lower case without the dot. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}
