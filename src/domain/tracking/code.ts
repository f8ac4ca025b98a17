import type { CodeFormat } from './schema';

/** The convention of existing French platforms: 8 of the 20 consonants, e.g. HFBRGFTX. */
export const DEFAULT_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';
export const DEFAULT_CODE_LENGTH = 8;

/** Fills the array with random bytes; crypto.getRandomValues unless a test supplies one. */
export type RandomSource = (bytes: Uint8Array) => void;

const secureRandom: RandomSource = (bytes) => {
  crypto.getRandomValues(bytes);
};

/**
 * A tracking code drawn with a cryptographically secure generator and no bias: a random
 * byte is kept only below the largest multiple of the alphabet's size (rejection
 * sampling), so every character is exactly as likely as any other. (`byte % 20` alone
 * would favour the first 16 of 20 characters by 8 %.)
 */
export function generateTrackingCode(
  format: Pick<CodeFormat, 'length' | 'alphabet'>,
  random: RandomSource = secureRandom,
): string {
  const { alphabet, length } = format;
  const size = alphabet.length;
  if (size < 2 || size > 256) throw new RangeError('The alphabet needs 2 to 256 characters.');
  const limit = 256 - (256 % size);
  const bytes = new Uint8Array(Math.max(16, length * 2));
  let code = '';
  while (code.length < length) {
    random(bytes);
    for (const byte of bytes) {
      if (byte >= limit) continue;
      code += alphabet[byte % size];
      if (code.length === length) break;
    }
  }
  return code;
}

/** How many different codes the format allows. */
export function codeCount(format: Pick<CodeFormat, 'length' | 'alphabet'>): bigint {
  return BigInt(format.alphabet.length) ** BigInt(format.length);
}

/** Below this many codes, a code can be found by trying: the screen warns. */
export const MIN_SAFE_CODE_COUNT = 1_000_000_000n;

/** A new code that `isTaken` does not already know, for the try-out's requests. */
export function generateUniqueCode(
  format: Pick<CodeFormat, 'length' | 'alphabet'>,
  isTaken: (code: string) => boolean,
  random: RandomSource = secureRandom,
  maxAttempts = 1000,
): string {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const code = generateTrackingCode(format, random);
    if (!isTaken(code)) return code;
  }
  throw new Error('No free tracking code left in this format.');
}

/** Groups of characters requesters mix up when reading or typing a code. */
const confusableGroups = ['0O', '1IL', '2Z', '5S', '8B'];

/** The groups of look-alike characters the alphabet contains together. */
export function confusableCharacters(alphabet: string): string[] {
  return confusableGroups
    .map((group) => [...group].filter((character) => alphabet.includes(character)).join(''))
    .filter((present) => present.length > 1);
}
