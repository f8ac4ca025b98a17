import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { entryProblems, type ServiceEntry } from '../../domain/service-catalogue/schema';
import { notify } from '../../state/notifications';
import { classifyStorageError } from '../../storage/errors';
import { deleteServiceEntry, saveServiceEntry } from '../../storage/serviceCatalogueRepository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { AboutSection, BlocksSection, DemandSection, UsersSection } from './EntryFields';
import { LevelSection } from './LevelSection';
import { serviceCataloguePaths } from './paths';
import { useAutosave } from './useAutosave';

/** What is stored of what is on screen: blank life-event lines are dropped. */
function storable(entry: ServiceEntry): ServiceEntry {
  return {
    ...entry,
    lifeEvents: entry.lifeEvents.map((event) => event.trim()).filter(Boolean),
    updatedAt: new Date().toISOString(),
  };
}

const saveStorable = (entry: ServiceEntry) => saveServiceEntry(storable(entry));

function EntryForm({ entry: initial }: { entry: ServiceEntry }) {
  const { t } = useTranslation('serviceCatalogue');
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const { value: entry, change, state, discard } = useAutosave(initial, saveStorable);
  const errors: Record<string, string> = {};
  for (const problem of entryProblems(entry)) {
    errors[problem.field] ??= t(`problems.${problem.message}`, {
      defaultValue: t('problems.invalid'),
    });
  }
  const props = { entry, change, errors };
  const remove = async () => {
    setConfirming(false);
    discard();
    try {
      await deleteServiceEntry(entry.id);
      navigate(serviceCataloguePaths.list);
    } catch (failure) {
      notify({ tone: 'error', messageKey: `common:storage.${classifyStorageError(failure)}` });
    }
  };
  return (
    <>
      <p>
        <Link href={serviceCataloguePaths.list}>{t('entry.back')}</Link>
      </p>
      <div className="service-catalogue__entry-head">
        <h1>{entry.name.trim() || t('list.unnamed')}</h1>
        <p role="status" className="service-catalogue__save">
          {state === 'failed'
            ? t('entry.saveFailed')
            : state === 'saved'
              ? t('entry.saved')
              : t('entry.saving')}
        </p>
      </div>
      <form className="service-catalogue__entry" onSubmit={(event) => event.preventDefault()}>
        <AboutSection {...props} />
        <UsersSection {...props} />
        <DemandSection {...props} />
        <BlocksSection {...props} />
        <LevelSection {...props} />
      </form>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        {t('entry.delete')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('entry.deleteConfirm', { name: entry.name })}
        message={t('entry.delete')}
        confirmLabel={t('entry.delete')}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

/** One service of the catalogue, edited and saved as the user types. */
export function EntryScreen({ entry }: { entry: ServiceEntry | undefined }) {
  const { t } = useTranslation('serviceCatalogue');
  if (!entry) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('entry.notFound')}</p>
        <Link href={serviceCataloguePaths.list}>{t('entry.back')}</Link>
      </>
    );
  }
  return <EntryForm entry={entry} />;
}
