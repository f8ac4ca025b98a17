import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { newId } from '../../domain/ids';
import { catalogueJsonLd } from '../../domain/service-catalogue/jsonLd';
import type { LifeEventMap } from '../../domain/service-catalogue/lifeEvents';
import {
  createServiceEntry,
  SERVICE_NAME_MAX_LENGTH,
  type ServiceEntry,
} from '../../domain/service-catalogue/schema';
import { notify } from '../../state/notifications';
import { classifyStorageError } from '../../storage/errors';
import { saveServiceEntry } from '../../storage/serviceCatalogueRepository';
import { downloadFile } from '../../ui/download';
import { TextField } from '../../ui/TextField';
import { serviceCataloguePaths } from './paths';
import { ServiceNameCell } from './ServiceNameCell';

function AddServiceForm() {
  const { t } = useTranslation('serviceCatalogue');
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('list.nameRequired'));
      return;
    }
    const entry = createServiceEntry(newId(), name.trim(), new Date());
    try {
      await saveServiceEntry(entry);
      navigate(serviceCataloguePaths.entry(entry.id));
    } catch (failure) {
      notify({ tone: 'error', messageKey: `common:storage.${classifyStorageError(failure)}` });
    }
  };
  return (
    <form className="service-catalogue__add" onSubmit={(event) => void onSubmit(event)} noValidate>
      <TextField
        label={t('list.nameLabel')}
        help={t('list.nameHelp')}
        value={name}
        onChange={(value) => {
          setName(value);
          if (error && value.trim() !== '') setError(undefined);
        }}
        error={error}
        required
        maxLength={SERVICE_NAME_MAX_LENGTH}
        name="service-name"
      />
      <button type="submit" className="button">
        {t('list.add')}
      </button>
    </form>
  );
}

/** The catalogue as linked data (CPSV-AP), for the open-data portal or another catalogue. */
function ExportJsonLd({ entries, map }: { entries: ServiceEntry[]; map: LifeEventMap }) {
  const { t, i18n } = useTranslation('serviceCatalogue');
  const exportFile = () => {
    const document = catalogueJsonLd(entries, map, i18n.language);
    downloadFile(
      `catalogue-des-services-${new Date().toISOString().slice(0, 10)}.jsonld`,
      JSON.stringify(document, null, 2),
      'application/ld+json',
    );
  };
  return (
    <p>
      <button type="button" className="button button--secondary" onClick={exportFile}>
        {t('list.exportJsonLd')}
      </button>
    </p>
  );
}

/** Every service of the catalogue, how to add one, and the catalogue as linked data. */
export function ServiceList({ entries, map }: { entries: ServiceEntry[]; map: LifeEventMap }) {
  const { t, i18n } = useTranslation('serviceCatalogue');
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <AddServiceForm />
      {entries.length > 0 && <ExportJsonLd entries={entries} map={map} />}
      {entries.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <div className="service-catalogue__table-wrap">
          <table className="service-catalogue__table">
            <caption>{t('list.caption', { count: entries.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.name')}</th>
                <th scope="col">{t('list.owner')}</th>
                <th scope="col">{t('list.level')}</th>
                <th scope="col">{t('list.volume')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <ServiceNameCell entry={entry} />
                  <td>{entry.owner}</td>
                  <td>
                    {entry.level} – {t(`levelShort.${entry.level}`)}
                  </td>
                  <td className="number">
                    {entry.yearlyVolume === undefined ? '' : number.format(entry.yearlyVolume)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
