import './refusal/i18n';
import type { TFunction } from 'i18next';
import type { SchemaIssue } from '../domain/bundle/schemaProblems';

/** How many accepted values are listed before "…". */
const MAX_VALUES_SHOWN = 8;

/** What the schema found wrong with a value, in the reader's words (never zod's English). */
export function schemaIssueText(issue: SchemaIssue, t: TFunction): string {
  switch (issue.kind) {
    case 'missing':
    case 'wrong-format':
    case 'no-shape-matches':
    case 'rule':
      return t(`refusal:issue.${issue.kind}`);
    case 'wrong-kind':
      return t('refusal:issue.wrong-kind', {
        expected: t(`refusal:kind.${issue.expected}`),
        found: t(`refusal:kind.${issue.found}`),
      });
    case 'too-short':
      return t(`refusal:issue.too-short-${issue.of}`, { count: issue.minimum });
    case 'too-long':
      return t(`refusal:issue.too-long-${issue.of}`, { count: issue.maximum });
    case 'too-small':
      return t('refusal:issue.too-small', { minimum: issue.minimum });
    case 'too-large':
      return t('refusal:issue.too-large', { maximum: issue.maximum });
    case 'not-allowed': {
      const shown = issue.allowed.slice(0, MAX_VALUES_SHOWN).map((value) => `« ${value} »`);
      if (issue.allowed.length > MAX_VALUES_SHOWN) shown.push('…');
      return t('refusal:issue.not-allowed', { allowed: shown.join(', ') });
    }
    case 'unknown-field':
      return t('refusal:issue.unknown-field', { field: issue.field });
    default: {
      const unexpected: never = issue;
      return unexpected;
    }
  }
}
