import type { TFunction } from 'i18next';
import type { BundleReadError } from '../domain/bundle/readErrors';
import { formatBytes } from './formatBytes';
import { shapeProblemMessage } from './signoffs/messages';

/** How many schema problems are listed before "…". */
const MAX_PROBLEMS_SHOWN = 5;

/** The message for a refused file, and the details under it. */
export function bundleErrorMessage(error: BundleReadError, t: TFunction, language: string) {
  switch (error.kind) {
    case 'too-large':
      return {
        message: t('common:bundle.tooLarge', {
          size: formatBytes(error.bytes, language),
          max: formatBytes(error.maxBytes, language),
        }),
        details: [],
      };
    case 'empty':
      return { message: t('common:bundle.empty'), details: [] };
    case 'not-json':
      return { message: t('common:bundle.notJson', { detail: error.detail }), details: [] };
    case 'wrong-format':
      return {
        message: t('common:bundle.wrongFormat', {
          found: error.found ? t('common:bundle.wrongFormatFound', { format: error.found }) : '',
        }),
        details: [],
      };
    case 'missing-version':
      return { message: t('common:bundle.missingVersion'), details: [] };
    case 'newer-version':
      return {
        message: t('common:bundle.newerVersion', {
          found: error.found,
          supported: error.supported,
        }),
        details: [],
      };
    case 'invalid':
      return {
        message: t('common:bundle.invalid', { count: error.problems.length }),
        details: error.problems
          .slice(0, MAX_PROBLEMS_SHOWN)
          .map((problem) =>
            t('common:bundle.problem', { path: problem.path || '/', message: problem.message }),
          )
          .concat(error.problems.length > MAX_PROBLEMS_SHOWN ? ['…'] : []),
      };
    case 'hash-mismatch':
      return { message: t('common:bundle.hashMismatch'), details: [] };
    case 'invalid-signoffs':
      return {
        message: t('signoffs:shape.title', { count: error.problems.length }),
        details: error.problems.map((problem) => shapeProblemMessage(problem, t)),
      };
    default: {
      const unexpected: never = error;
      return unexpected;
    }
  }
}
