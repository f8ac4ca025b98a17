import type { TFunction } from 'i18next';
import type { OrganisationKeysError } from '../../../domain/review/organisationKeys';
import { formatBytes } from '../../../ui/formatBytes';
import '../../../ui/signoffs/trustI18n';

/** Why an organisation's list of keys was refused, in a sentence. */
export function organisationKeysMessage(
  error: OrganisationKeysError,
  t: TFunction,
  language: string,
): string {
  switch (error.kind) {
    case 'too-large':
      return t('trust:listError.too-large', { size: formatBytes(error.maxBytes, language) });
    case 'not-json':
    case 'wrong-format':
    case 'no-keys':
      return t(`trust:listError.${error.kind}`);
    case 'newer-version':
    case 'invalid-field':
      return t(`trust:listError.${error.kind}`, { ...error });
    case 'invalid-entry':
    case 'bad-key':
    case 'fingerprint-mismatch':
    case 'shared-key':
      return t(`trust:listError.${error.kind}`, { ...error, number: error.index + 1 });
    default: {
      const unexpected: never = error;
      return unexpected;
    }
  }
}
