import type { Purpose, PurposeItem } from './schema';

/** The purpose items in the order a workshop fills them. */
export const purposeItems: readonly PurposeItem[] = [
  'statement',
  'audience',
  'value',
  'outOfScope',
  'legalBasis',
  'owningService',
];

export function emptyPurpose(): Purpose {
  return {
    statement: '',
    audience: '',
    value: '',
    outOfScope: '',
    legalBasis: '',
    owningService: '',
  };
}
