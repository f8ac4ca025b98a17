import { useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { MAX_ORGANISATION_KEYS_BYTES } from '../../../domain/review/organisationKeys';
import { importOrganisationKeys } from '../../../state/reviewerKeys';
import { classifyStorageError } from '../../../storage/errors';
import { FilePickButton } from '../../../ui/FilePickButton';
import { organisationKeysMessage } from './organisationKeysMessage';

type Outcome =
  | { kind: 'imported'; organisation: string; count: number }
  | { kind: 'refused'; fileName: string; message: string };

/** Imports the organisation's list of reviewer keys, and says what came of it. */
export function OrganisationKeysImport() {
  const { t, i18n } = useTranslation('trust');
  const [outcome, setOutcome] = useState<Outcome>();

  const importList = async (file: File) => {
    const refuse = (message: string) =>
      setOutcome({ kind: 'refused', fileName: file.name, message });
    if (file.size > MAX_ORGANISATION_KEYS_BYTES) {
      return refuse(
        organisationKeysMessage(
          { kind: 'too-large', maxBytes: MAX_ORGANISATION_KEYS_BYTES },
          t,
          i18n.language,
        ),
      );
    }
    try {
      const result = await importOrganisationKeys(await file.text());
      if (!result.ok) return refuse(organisationKeysMessage(result.error, t, i18n.language));
      const { organisation, keys } = result.list;
      setOutcome({ kind: 'imported', organisation, count: keys.length });
    } catch (error) {
      refuse(
        error instanceof DOMException
          ? t('listError.unreadable')
          : t(`common:storage.${classifyStorageError(error)}`),
      );
    }
  };

  return (
    <div className="reviewer-keys__import">
      <FilePickButton
        text={t('keys.importButton')}
        label={t('keys.importLabel')}
        accept=".json,application/json"
        onFile={(file) => void importList(file)}
      />
      {outcome?.kind === 'imported' && (
        <p role="status" className="banner">
          {t('keys.imported', { organisation: outcome.organisation, count: outcome.count })}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <div role="alert" className="banner banner--error">
          <h3 className="banner__title">{t('keys.refusedTitle', { file: outcome.fileName })}</h3>
          <p>{outcome.message}</p>
          <p>{t('keys.unchanged')}</p>
        </div>
      )}
    </div>
  );
}
