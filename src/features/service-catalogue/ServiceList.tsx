import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { newId } from '../../domain/ids';
import type { CatalogueContent } from '../../domain/service-catalogue/catalogueFile';
import { createServiceEntry, SERVICE_NAME_MAX_LENGTH } from '../../domain/service-catalogue/schema';
import { notify } from '../../state/notifications';
import { classifyStorageError } from '../../storage/errors';
import { saveServiceEntry } from '../../storage/serviceCatalogueRepository';
import { TextField } from '../../ui/TextField';
import { serviceCataloguePaths } from './paths';
import { CatalogueFiles } from './CatalogueFiles';
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

/** Every service of the catalogue, how to add one, and the catalogue's files. */
export function ServiceList({ catalogue }: { catalogue: CatalogueContent }) {
  const entries = catalogue.services;
  const { t, i18n } = useTranslation('serviceCatalogue');
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <AddServiceForm />
      <CatalogueFiles catalogue={catalogue} />
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
