import './refusal/i18n';
import type { TFunction } from 'i18next';
import type { BoundExceeded } from '../domain/bundle/bounds';
import type { JsonSyntaxError } from '../domain/bundle/jsonSyntax';
import type { BundleReadError } from '../domain/bundle/readErrors';
import type { UnsafeValue } from '../domain/bundle/values';
import { formatBytes } from './formatBytes';
import { schemaIssueText } from './schemaIssueText';
import { shapeProblemMessage } from './signoffs/messages';

/** How many schema problems are listed before "…". */
const MAX_PROBLEMS_SHOWN = 5;

/** Ids are shown, but an overlong one is cut: it is named to be found, not to be read whole. */
const MAX_ID_SHOWN = 60;

const shortened = (text: string) =>
  text.length > MAX_ID_SHOWN ? `${text.slice(0, MAX_ID_SHOWN)}…` : text;

function syntaxText(syntax: JsonSyntaxError, t: TFunction): string {
  const problem =
    syntax.problem === 'unexpected-character' && syntax.found !== undefined
      ? t('refusal:syntax.unexpected-character-found', { found: syntax.found })
      : t(`refusal:syntax.${syntax.problem}`);
  return t('refusal:syntax.at', { line: syntax.line, column: syntax.column, problem });
}

function boundText(exceeded: BoundExceeded, t: TFunction, number: (n: number) => string) {
  switch (exceeded.bound) {
    case 'depth':
      return t('refusal:depth', { max: exceeded.max, line: exceeded.line });
    case 'string-length':
      return t('refusal:stringLength', { max: number(exceeded.max), line: exceeded.line });
    case 'values':
      return t('refusal:values', { max: number(exceeded.max) });
    default: {
      const unexpected: never = exceeded;
      return unexpected;
    }
  }
}

function unsafeText(problem: UnsafeValue, t: TFunction, number: (n: number) => string) {
  switch (problem.kind) {
    case 'reserved-key':
      return t('refusal:reservedKey', {
        key: problem.key,
        path: problem.path || t('refusal:root'),
      });
    case 'control-character':
      return t('refusal:controlCharacter', { path: problem.path, found: problem.found });
    case 'broken-text':
      return t('refusal:brokenText', { path: problem.path });
    case 'text-too-long':
      return t('refusal:textTooLong', {
        path: problem.path,
        length: number(problem.length),
        max: number(problem.max),
      });
    case 'unsafe-id':
      return t('refusal:unsafeId', { id: shortened(problem.id), path: problem.path });
    default: {
      const unexpected: never = problem;
      return unexpected;
    }
  }
}

/** The message for a refused file, and the details under it. */
export function bundleErrorMessage(error: BundleReadError, t: TFunction, language: string) {
  const number = (value: number) => new Intl.NumberFormat(language).format(value);
  const only = (message: string) => ({ message, details: [] as string[] });
  switch (error.kind) {
    case 'too-large':
      return only(
        t('common:bundle.tooLarge', {
          size: formatBytes(error.bytes, language),
          max: formatBytes(error.maxBytes, language),
        }),
      );
    case 'empty':
      return only(t('common:bundle.empty'));
    case 'not-text':
      return only(t(error.utf16 ? 'refusal:utf16' : 'refusal:notText'));
    case 'not-json':
      return only(t('common:bundle.notJson', { where: syntaxText(error.syntax, t) }));
    case 'too-complex':
      return only(boundText(error.exceeded, t, number));
    case 'too-many-signoffs':
      return only(t('refusal:tooManySignoffs', { found: number(error.found), max: error.max }));
    case 'unsafe-value':
      return only(unsafeText(error.problem, t, number));
    case 'wrong-format':
      return only(
        t('common:bundle.wrongFormat', {
          found: error.found
            ? t('common:bundle.wrongFormatFound', { format: shortened(error.found) })
            : '',
        }),
      );
    case 'missing-version':
      return only(t('common:bundle.missingVersion'));
    case 'newer-version':
      return only(
        t('common:bundle.newerVersion', { found: error.found, supported: error.supported }),
      );
    case 'invalid':
      return {
        message: t('common:bundle.invalid', { count: error.problems.length }),
        details: error.problems
          .slice(0, MAX_PROBLEMS_SHOWN)
          .map((problem) =>
            t('common:bundle.problem', {
              path: problem.path || '/',
              message: schemaIssueText(problem.issue, t),
            }),
          )
          .concat(error.problems.length > MAX_PROBLEMS_SHOWN ? ['…'] : []),
      };
    case 'hash-mismatch':
      return only(t('common:bundle.hashMismatch'));
    case 'invalid-signoffs':
      return {
        message: t('signoffs:shape.title', { count: error.problems.length }),
        details: error.problems.map((problem) => shapeProblemMessage(problem, t)),
      };
    case 'unreadable':
      return only(t('refusal:unreadable'));
    case 'too-slow':
      return only(t('refusal:tooSlow', { seconds: error.seconds }));
    default: {
      const unexpected: never = error;
      return unexpected;
    }
  }
}
