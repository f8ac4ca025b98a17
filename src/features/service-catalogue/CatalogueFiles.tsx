import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import {
  readCatalogueFile,
  writeCatalogueFile,
  type CatalogueContent,
  type CatalogueFileError,
} from '../../domain/service-catalogue/catalogueFile';
import { catalogueJsonLd } from '../../domain/service-catalogue/jsonLd';
import { appVersion } from '../../state/exporting';
import { notify } from '../../state/notifications';
import { classifyStorageError } from '../../storage/errors';
import { replaceCatalogue } from '../../storage/serviceCatalogueRepository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { downloadFile } from '../../ui/download';
import { FilePickButton } from '../../ui/FilePickButton';
import './catalogueFileI18n';

const today = () => new Date().toISOString().slice(0, 10);

function errorText(
  t: (key: string, params?: Record<string, unknown>) => string,
  error: CatalogueFileError,
) {
  switch (error.kind) {
    case 'tooLarge':
    case 'notJson':
    case 'notCatalogue':
    case 'hashMismatch':
    case 'noServices':
      return t(`errors.${error.kind}`);
    case 'newerVersion':
      return t('errors.newerVersion', { version: error.version });
  }
}

/**
 * The catalogue's own file (to keep, or to hand to another browser), opened back after a
 * preview that says what it replaces; and the catalogue as linked data (CPSV-AP).
 */
export function CatalogueFiles({ catalogue }: { catalogue: CatalogueContent }) {
  const { t, i18n } = useTranslation('catalogueFile');
  const [problem, setProblem] = useState<string>();
  const [opened, setOpened] = useState<{
    content: CatalogueContent;
    setAside: number;
    name: string;
  }>();
  const save = async () => {
    const file = await writeCatalogueFile(catalogue, { now: new Date(), appVersion });
    downloadFile(
      `catalogue-des-services-${today()}.fabrik-catalogue.json`,
      JSON.stringify(file, null, 2),
    );
  };
  const exportJsonLd = () =>
    downloadFile(
      `catalogue-des-services-${today()}.jsonld`,
      JSON.stringify(catalogueJsonLd(catalogue, i18n.language), null, 2),
      'application/ld+json',
    );
  const open = async (file: File) => {
    setProblem(undefined);
    const read = await readCatalogueFile(await file.text());
    if (!read.ok) setProblem(t('refused', { file: file.name, why: errorText(t, read.error) }));
    else setOpened({ content: read.catalogue, setAside: read.setAside, name: file.name });
  };
  const replace = async (content: CatalogueContent) => {
    setOpened(undefined);
    try {
      await replaceCatalogue(content);
      notify({
        tone: 'success',
        messageKey: 'catalogueFile:replaced',
        params: { count: content.services.length },
      });
    } catch (failure) {
      notify({ tone: 'error', messageKey: `common:storage.${classifyStorageError(failure)}` });
    }
  };
  return (
    <div className="service-catalogue__files">
      <p className="service-catalogue__file-actions">
        {catalogue.services.length > 0 && (
          <>
            <button type="button" className="button button--secondary" onClick={() => void save()}>
              {t('save')}
            </button>
            <button type="button" className="button button--secondary" onClick={exportJsonLd}>
              {t('exportJsonLd')}
            </button>
          </>
        )}
        <FilePickButton
          text={t('open')}
          label={t('openLabel')}
          accept=".json,application/json"
          onFile={(file) => void open(file)}
        />
      </p>
      {problem && (
        <div className="banner banner--error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <ConfirmDialog
        open={opened !== undefined}
        title={t('confirmTitle', { file: opened?.name ?? '' })}
        message={[
          t('confirmMessage', {
            count: opened?.content.services.length ?? 0,
            events: opened?.content.lifeEvents.events.length ?? 0,
            current: catalogue.services.length,
          }),
          opened?.setAside ? t('setAside', { count: opened.setAside }) : '',
        ]
          .filter(Boolean)
          .join(' ')}
        confirmLabel={t('confirm')}
        danger
        onConfirm={() => opened && void replace(opened.content)}
        onCancel={() => setOpened(undefined)}
      />
    </div>
  );
}
