import { isRecord } from '../json';
import { exceededBound, MAX_SIGNOFFS } from './bounds';
import { BUNDLE_FORMAT, CURRENT_FORMAT_VERSION, MAX_BUNDLE_BYTES } from './format';
import { jsonSyntaxError } from './jsonSyntax';
import type { BundleReadError } from './readErrors';
import { unsafeValue } from './values';

type Guarded<T> = ({ ok: true } & T) | { ok: false; error: BundleReadError };

const refuse = (error: BundleReadError) => ({ ok: false as const, error });

const BOM = '\uFEFF';

/**
 * A file's bytes as text: UTF-8, with or without the byte order mark some editors write.
 * Anything else (a PDF renamed .json, text saved as UTF-16) is refused by name.
 */
export function decodeBundleBytes(bytes: Uint8Array): Guarded<{ text: string }> {
  if (bytes.length > MAX_BUNDLE_BYTES) {
    return refuse({ kind: 'too-large', bytes: bytes.length, maxBytes: MAX_BUNDLE_BYTES });
  }
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return refuse({ kind: 'not-text', utf16: true });
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return refuse({ kind: 'not-text', utf16: false });
  }
}

/**
 * Bounds, then JSON: the text's size, nesting and string lengths are checked in one pass
 * before `JSON.parse`, so no file can make the parsing (or what follows) take minutes.
 */
export function parseBundleText(text: string): Guarded<{ raw: unknown }> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_BUNDLE_BYTES) {
    return refuse({ kind: 'too-large', bytes, maxBytes: MAX_BUNDLE_BYTES });
  }
  const json = text.startsWith(BOM) ? text.slice(1) : text;
  if (json.trim() === '') return refuse({ kind: 'empty' });
  const exceeded = exceededBound(json);
  if (exceeded) return refuse({ kind: 'too-complex', exceeded });
  try {
    return { ok: true, raw: JSON.parse(json) as unknown };
  } catch {
    return refuse({ kind: 'not-json', syntax: jsonSyntaxError(json) });
  }
}

/**
 * The envelope, and what the schema cannot see: a Fabrik bundle of a version this release
 * reads, with few enough sign-offs, and no value that could fool a screen or a lookup.
 */
export function checkEnvelope(
  raw: unknown,
): Guarded<{ raw: Record<string, unknown>; version: number }> {
  if (!isRecord(raw) || raw.format !== BUNDLE_FORMAT) {
    const found = isRecord(raw) && typeof raw.format === 'string' ? raw.format : '';
    return refuse({ kind: 'wrong-format', found });
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse({ kind: 'missing-version' });
  }
  if (version > CURRENT_FORMAT_VERSION) {
    return refuse({ kind: 'newer-version', found: version, supported: CURRENT_FORMAT_VERSION });
  }
  if (Array.isArray(raw.signoffs) && raw.signoffs.length > MAX_SIGNOFFS) {
    return refuse({ kind: 'too-many-signoffs', found: raw.signoffs.length, max: MAX_SIGNOFFS });
  }
  const problem = unsafeValue(raw);
  if (problem) return refuse({ kind: 'unsafe-value', problem });
  return { ok: true, raw, version };
}
