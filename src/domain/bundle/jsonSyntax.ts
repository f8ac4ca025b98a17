import { printParseErrorCode, visit } from 'jsonc-parser';

/** What is wrong where a text stops being JSON, in words the UI can translate. */
export type JsonSyntaxProblem =
  | 'unexpected-end'
  | 'unterminated-string'
  | 'unexpected-character'
  | 'expected-comma'
  | 'expected-colon'
  | 'expected-property-name'
  | 'expected-value'
  | 'unclosed-object'
  | 'unclosed-list'
  | 'text-after-end'
  | 'comment'
  | 'bad-number'
  | 'bad-escape';

export interface JsonSyntaxError {
  problem: JsonSyntaxProblem;
  /** Line and column of the first problem, counted from 1 as editors do. */
  line: number;
  column: number;
  /** The character found there, when it is the problem (shown as U+XXXX when invisible). */
  found?: string;
}

const problemOf: Record<ReturnType<typeof printParseErrorCode>, JsonSyntaxProblem> = {
  InvalidSymbol: 'unexpected-character',
  InvalidCharacter: 'unexpected-character',
  InvalidNumberFormat: 'bad-number',
  UnexpectedEndOfNumber: 'bad-number',
  PropertyNameExpected: 'expected-property-name',
  ValueExpected: 'expected-value',
  ColonExpected: 'expected-colon',
  CommaExpected: 'expected-comma',
  CloseBraceExpected: 'unclosed-object',
  CloseBracketExpected: 'unclosed-list',
  EndOfFileExpected: 'text-after-end',
  InvalidCommentToken: 'comment',
  UnexpectedEndOfComment: 'comment',
  UnexpectedEndOfString: 'unterminated-string',
  InvalidUnicode: 'bad-escape',
  InvalidEscapeCharacter: 'bad-escape',
  '<unknown ParseErrorCode>': 'unexpected-character',
};

/** A character as a person can read it: itself, or its code point when it is invisible. */
export function visibleCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const invisible = code < 0x20 || (code >= 0x7f && code <= 0x9f) || /\s/u.test(char);
  return invisible ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : char;
}

/** The character refused at `offset`; inside a string, the control character it holds. */
function foundAt(text: string, offset: number): string {
  const char = String.fromCodePoint(text.codePointAt(offset) ?? 0);
  if (char !== '"') return char;
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f]/.exec(text.slice(offset + 1))?.[0] ?? char;
}

/**
 * Where and why a text `JSON.parse` refused is not JSON: the browser's own message is in
 * English and differs from one browser to the next. Call only on text whose nesting is
 * bounded (`exceededBound`): the parser used here is recursive.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError {
  let first: JsonSyntaxError | undefined;
  visit(
    text,
    {
      onError(code, offset, _length, startLine, startCharacter) {
        if (first) return;
        const problem = problemOf[printParseErrorCode(code)];
        // A string still open where the text stops: the file was cut, not mistyped.
        const cutInString = problem === 'unterminated-string' && !/[\n\r]/.test(text.slice(offset));
        const atEnd = offset >= text.length || cutInString;
        first = {
          problem: atEnd ? 'unexpected-end' : problem,
          line: startLine + 1,
          column: startCharacter + 1,
          ...(problem === 'unexpected-character' && !atEnd
            ? { found: visibleCharacter(foundAt(text, offset)) }
            : {}),
        };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  // The two parsers may disagree on an odd corner; then the start is the best place to say.
  return first ?? { problem: 'unexpected-character', line: 1, column: 1 };
}
