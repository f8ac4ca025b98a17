import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { useLocation } from 'wouter';
import { newId } from '../../domain/ids';
import type { CatalogueContent } from '../../domain/service-catalogue/catalogueFile';
import {
  emptyServiceFilter,
  filterChoices,
  filterServices,
  isFiltering,
  type ServiceFilter,
} from '../../domain/service-catalogue/filter';
import {
  createServiceEntry,
  digitisationLevels,
  SERVICE_NAME_MAX_LENGTH,
  userKinds,
  type DigitisationLevel,
  type ServiceEntry,
  type UserKind,
} from '../../domain/service-catalogue/schema';
import { notify } from '../../state/notifications';
import { classifyStorageError } from '../../storage/errors';
import { saveServiceEntry } from '../../storage/serviceCatalogueRepository';
import { SelectField } from '../../ui/SelectField';
import { NameForm } from '../../ui/NameForm';
import { TextField } from '../../ui/TextField';
import { serviceCataloguePaths } from './paths';
import { CatalogueFiles } from './CatalogueFiles';
import { ServiceNameCell } from './ServiceNameCell';

function AddServiceForm() {
  const { t } = useTranslation('serviceCatalogue');
  const [, navigate] = useLocation();
  const add = async (name: string) => {
    const entry = createServiceEntry(newId(), name.trim(), new Date());
    try {
      await saveServiceEntry(entry);
      navigate(serviceCataloguePaths.entry(entry.id));
    } catch (failure) {
      notify({ tone: 'error', messageKey: `common:storage.${classifyStorageError(failure)}` });
      return false;
    }
  };
  return (
    <NameForm
      label={t('list.nameLabel')}
      help={t('list.nameHelp')}
      submitLabel={t('list.add')}
      problemOf={(name) => (name.trim() === '' ? t('list.nameRequired') : undefined)}
      onSubmit={add}
      maxLength={SERVICE_NAME_MAX_LENGTH}
      name="service-name"
    />
  );
}

/** The criteria a catalogue manager narrows the list by, each a labelled field. */
function ServiceFilterForm({
  entries,
  filter,
  onChange,
}: {
  entries: ServiceEntry[];
  filter: ServiceFilter;
  onChange: (filter: ServiceFilter) => void;
}) {
  const { t, i18n } = useTranslation('serviceCatalogue');
  const choices = useMemo(() => filterChoices(entries, i18n.language), [entries, i18n.language]);
  const any = { value: '', label: t('filter.any') };
  return (
    <form
      role="search"
      className="service-catalogue__filter"
      aria-label={t('filter.title')}
      onSubmit={(event) => event.preventDefault()}
    >
      <fieldset>
        <legend>{t('filter.title')}</legend>
        <TextField
          label={t('filter.text')}
          help={t('filter.textHelp')}
          value={filter.text}
          onChange={(text) => onChange({ ...filter, text })}
          name="service-filter-text"
        />
        <SelectField
          label={t('filter.level')}
          value={filter.level === undefined ? '' : String(filter.level)}
          options={[
            any,
            ...digitisationLevels.map((level) => ({
              value: String(level),
              label: `${level} – ${t(`levelShort.${level}`)}`,
            })),
          ]}
          onChange={(value) =>
            onChange({
              ...filter,
              level: value === '' ? undefined : (Number(value) as DigitisationLevel),
            })
          }
        />
        <SelectField
          label={t('filter.lifeEvent')}
          value={filter.lifeEvent ?? ''}
          options={[any, ...choices.lifeEvents.map((event) => ({ value: event, label: event }))]}
          onChange={(value) => onChange({ ...filter, lifeEvent: value || undefined })}
        />
        <SelectField
          label={t('filter.owner')}
          value={filter.owner ?? ''}
          options={[any, ...choices.owners.map((owner) => ({ value: owner, label: owner }))]}
          onChange={(value) => onChange({ ...filter, owner: value || undefined })}
        />
        <SelectField
          label={t('filter.users')}
          value={filter.user ?? ''}
          options={[any, ...userKinds.map((kind) => ({ value: kind, label: t(`users.${kind}`) }))]}
          onChange={(value) =>
            onChange({ ...filter, user: value === '' ? undefined : (value as UserKind) })
          }
        />
        {isFiltering(filter) && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onChange(emptyServiceFilter)}
          >
            {t('filter.clear')}
          </button>
        )}
      </fieldset>
    </form>
  );
}

/** Every service of the catalogue, how to find and add one, and the catalogue's files. */
export function ServiceList({ catalogue }: { catalogue: CatalogueContent }) {
  const entries = catalogue.services;
  const { t, i18n } = useTranslation('serviceCatalogue');
  const number = new Intl.NumberFormat(i18n.language);
  const [filter, setFilter] = useState<ServiceFilter>(emptyServiceFilter);
  // Typing stays immediate; the 1 000 rows follow when the browser has time.
  const deferred = useDeferredValue(filter);
  const shown = useMemo(() => filterServices(entries, deferred), [entries, deferred]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <AddServiceForm />
      <CatalogueFiles catalogue={catalogue} />
      {entries.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <>
          <ServiceFilterForm entries={entries} filter={filter} onChange={setFilter} />
          <p role="status" className="service-catalogue__filter-count">
            {t('filter.count', {
              count: shown.length,
              shown: number.format(shown.length),
              total: number.format(entries.length),
            })}
          </p>
          {shown.length === 0 ? (
            <p>{t('filter.none')}</p>
          ) : (
            <div className="service-catalogue__table-wrap">
              <table className="service-catalogue__table">
                <caption>{t('list.caption', { count: shown.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('list.name')}</th>
                    <th scope="col">{t('list.owner')}</th>
                    <th scope="col">{t('list.level')}</th>
                    <th scope="col">{t('list.volume')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((entry) => (
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
      )}
    </>
  );
}
