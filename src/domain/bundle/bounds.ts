/**
 * The sizes a bundle may reach, checked before its text is parsed, so that no file can make
 * the parser, the schema, the hash or the screens work for minutes. A 300-field prototype
 * stays far inside every one of them.
 */

/** Objects and lists inside one another: a 300-field prototype's bundle is 9 levels deep. */
export const MAX_NESTING_DEPTH = 64;

/** Characters of one string in the file: the diagram's XML is the longest one. */
export const MAX_STRING_LENGTH = 5 * 1024 * 1024;

/**
 * Values of any kind, counted by the commas and colons that separate them (so a key and
 * its value count twice): a 300-field prototype's bundle has about 6 000.
 */
export const MAX_JSON_VALUES = 500_000;

/** Characters of one text of the prototype other than its diagram: about 50 pages. */
export const MAX_TEXT_LENGTH = 100_000;

/** Sign-offs in one file: a review has a verifier and an approver; the rest is room to say so. */
export const MAX_SIGNOFFS = 20;

/** A size of the file beyond its bound, found before parsing. */
export type BoundExceeded =
  | { bound: 'depth'; max: number; line: number }
  | { bound: 'string-length'; max: number; line: number }
  | { bound: 'values'; max: number };

const OPENERS = new Set(['{', '[']);
const CLOSERS = new Set(['}', ']']);

/**
 * One pass over the text, without parsing it: how deep objects and lists nest, how long
 * each string is and how many values there are. Works on any text, JSON or not (strings
 * are told apart by their quotes and escapes), so it can run before `JSON.parse`.
 */
export function exceededBound(text: string): BoundExceeded | undefined {
  let depth = 0;
  let values = 1;
  let line = 1;
  let inString = false;
  let stringStart = 0;
  let stringLine = 1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '\n') line += 1;
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') {
        inString = false;
        if (index - stringStart > MAX_STRING_LENGTH) {
          return { bound: 'string-length', max: MAX_STRING_LENGTH, line: stringLine };
        }
      }
      continue;
    }
    if (char === '"') {
      inString = true;
      stringStart = index + 1;
      stringLine = line;
    } else if (OPENERS.has(char)) {
      depth += 1;
      if (depth > MAX_NESTING_DEPTH) return { bound: 'depth', max: MAX_NESTING_DEPTH, line };
    } else if (CLOSERS.has(char)) {
      depth = Math.max(0, depth - 1);
    } else if (char === ',' || char === ':') {
      // Each comma starts one more value; each colon one more key-value pair.
      values += 1;
      if (values > MAX_JSON_VALUES) return { bound: 'values', max: MAX_JSON_VALUES };
    }
  }
  if (inString && text.length - stringStart > MAX_STRING_LENGTH) {
    return { bound: 'string-length', max: MAX_STRING_LENGTH, line: stringLine };
  }
  return undefined;
}
