/**
 * Why a value looks like a secret rather than a reference to one. The production team's
 * answers travel in the prototype's file and its exports: a password or a token typed there
 * would leak to everyone the file is sent to, so it is refused and the person is asked for
 * where it is kept instead (« coffre DSI / clé xyz »).
 */
export type SecretSign =
  /** « mot de passe : … », « password=… », « token: … », « api_key=… ». */
  | 'labelled'
  /** A URL carrying a user and password (https://user:pass@host). */
  | 'url-credentials'
  /** A URL whose query carries a token, a key or a password. */
  | 'url-token'
  /** A JSON Web Token, a bearer token, or a private key block. */
  | 'token-format'
  /** A long random-looking string: mixed letters and digits, no spaces, no words. */
  | 'random-string';

const LABELLED =
  /\b(pass(word|wd)?|pwd|mot de passe|mdp|secret|token|jeton|api[-_ ]?key|client[-_ ]?secret|private[-_ ]?key)\b\s*[:=]\s*\S/i;
const URL_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;
const URL_TOKEN =
  /[?&#](access_token|token|key|apikey|api_key|password|pwd|secret|sig|signature|client_secret)=[^&\s]+/i;
const TOKEN_FORMATS = [
  /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/, // JWT
  /\bBearer\s+[A-Za-z0-9._~+/-]{16,}/i,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
];
/** Runs of this length or more are read as random when they mix letters and digits. */
const RANDOM_RUN = 20;

/** Whether one word looks generated rather than written: long, mixed case and digits. */
function looksRandom(word: string): boolean {
  if (word.length < RANDOM_RUN || /^[a-z]+:\/\//i.test(word)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((pattern) => pattern.test(word)).length;
  // A UUID or a dashed code is an identifier: one case of letters, with separators.
  return classes === 3 || (classes === 2 && /^[A-Za-z0-9+/=_]{32,}$/.test(word));
}

/** The first sign that a value is a secret in clear, or undefined when it reads as a reference. */
export function secretSign(value: string): SecretSign | undefined {
  if (LABELLED.test(value)) return 'labelled';
  if (URL_CREDENTIALS.test(value.trim())) return 'url-credentials';
  if (URL_TOKEN.test(value)) return 'url-token';
  if (TOKEN_FORMATS.some((pattern) => pattern.test(value))) return 'token-format';
  if (value.split(/\s+/).some(looksRandom)) return 'random-string';
  return undefined;
}
