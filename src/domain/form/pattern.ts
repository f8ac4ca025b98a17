import { patternEngines } from './patternEngines';

/**
 * A designer's validation pattern, matched in time linear in the answer's length.
 *
 * A pattern is typed in the designer or read from a file, and JavaScript's backtracking
 * engine can take minutes on one such as `(a+)+b` (the tab freezes). Patterns therefore
 * run on RE2 (re2js), which never backtracks. The exported JSON Schema carries the same
 * pattern for standard validators, which read it as ECMAScript: a pattern is accepted only
 * if both engines can read it (no backreferences, no lookaround), and the few constructs
 * whose meaning differs (`.`, `\s`, `\S`, `\u` escapes) are translated so RE2 reads them
 * as ECMAScript does.
 */
export interface PatternMatcher {
  /** Whether the whole text matches. */
  test(text: string): boolean;
}

/** ECMAScript's `\s`, in RE2's syntax. */
const SPACES =
  '\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
/** ECMAScript's `.` without the `s` flag: anything but a line terminator. */
const ANY = '[^\\n\\r\\x{2028}\\x{2029}]';

/** `\uXXXX` or `\u{X…}` at `index` (on the backslash), as RE2's `\x{…}` and its length. */
function unicodeEscape(pattern: string, index: number): [string, number] | undefined {
  const braced = /^\\u\{([0-9A-Fa-f]{1,6})\}/.exec(pattern.slice(index));
  if (braced) return [`\\x{${braced[1]}}`, braced[0].length];
  const plain = /^\\u([0-9A-Fa-f]{4})/.exec(pattern.slice(index));
  return plain ? [`\\x{${plain[1]}}`, plain[0].length] : undefined;
}

/** The pattern in RE2's syntax with ECMAScript's meaning; undefined where RE2 cannot say it. */
export function toRe2(pattern: string): string | undefined {
  let out = '';
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '\\') {
      const next = pattern[index + 1];
      if (next === 'u') {
        const escape = unicodeEscape(pattern, index);
        if (!escape) return undefined;
        out += escape[0];
        index += escape[1] - 1;
        continue;
      }
      if (next === 's') out += inClass ? SPACES : `[${SPACES}]`;
      else if (next === 'S') {
        // "Not a space" inside a class cannot be written in RE2 without it.
        if (inClass) return undefined;
        out += `[^${SPACES}]`;
      } else out += char + (next ?? '');
      index++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      out += char;
      continue;
    }
    if (char === '[') {
      // ECMAScript's `[]` (nothing) and `[^]` (anything) mean something else to RE2.
      if (pattern.startsWith('[]', index) || pattern.startsWith('[^]', index)) return undefined;
      inClass = true;
      // A `]` right after `[` or `[^` closes nothing in RE2 but an empty class in ECMAScript.
      const caret = pattern[index + 1] === '^' ? '^' : '';
      out += `[${caret}`;
      index += caret.length;
      continue;
    }
    out += char === '.' ? ANY : char;
  }
  return out;
}

/** The regular expression a standard validator runs for the pattern (`pattern` keyword). */
export function anchoredPattern(pattern: string): string {
  return `^(?:${pattern})$`;
}

// Answers are checked at each keystroke: a pattern is compiled once, not every time.
const compiled = new Map<string, PatternMatcher | undefined>();
const CACHE_SIZE = 200;

/**
 * The pattern, matched against the whole answer; undefined when it is not a pattern both
 * RE2 and ECMAScript (with the `u` flag, as JSON Schema validators use) can read.
 */
export function compilePattern(pattern: string): PatternMatcher | undefined {
  if (compiled.has(pattern)) return compiled.get(pattern);
  const matcher = compileOnce(pattern);
  if (compiled.size >= CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
  compiled.set(pattern, matcher);
  return matcher;
}

function compileOnce(pattern: string): PatternMatcher | undefined {
  const { re2 } = patternEngines();
  try {
    new RegExp(anchoredPattern(pattern), 'u');
  } catch {
    return undefined;
  }
  const translated = toRe2(pattern);
  if (translated === undefined) return undefined;
  try {
    const compiled = re2.compile(`(?:${translated})`);
    return { test: (text) => compiled.matches(text) };
  } catch {
    return undefined;
  }
}
