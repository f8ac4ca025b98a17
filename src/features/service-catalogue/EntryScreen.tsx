import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link, useLocation } from 'wouter';
import type { ServiceDesign } from '../../domain/service-catalogue/design';
import { combineDesigns, fillFromPrototypes } from '../../domain/service-catalogue/prototypeFill';
import { entryProblems, type ServiceEntry } from '../../domain/service-catalogue/schema';
import type { SystemEntry } from '../../domain/service-catalogue/systems';
import type { WorkflowSharing } from '../../domain/service-catalogue/workflows';
import { notify } from '../../state/notifications';
import { classifyStorageError } from '../../storage/errors';
import { deleteServiceEntry, saveServiceEntry } from '../../storage/serviceCatalogueRepository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { AboutSection, BlocksSection, DemandSection, UsersSection } from './EntryFields';
import { DesignSection } from './DesignSection';
import { IndicatorsSection } from './IndicatorsSection';
import { LevelSection } from './LevelSection';
import { serviceCataloguePaths } from './paths';
import { SharedWorkflows } from './SharedWorkflows';
import { SavedHeading } from './SavedHeading';
import { useAutosave } from './useAutosave';
import { useLevelProposals, type PrototypeProposal } from './useLevelProposals';

const cleanLines = (lines: readonly string[]) => lines.map((line) => line.trim()).filter(Boolean);

/** What is stored of what is on screen: blank lines of lists typed line by line are dropped. */
function storable(entry: ServiceEntry): ServiceEntry {
  const roles = entry.design?.roles;
  return {
    ...entry,
    lifeEvents: cleanLines(entry.lifeEvents),
    design: roles ? { ...entry.design, roles: cleanLines(roles) } : entry.design,
    updatedAt: new Date().toISOString(),
  };
}

/** What the linked prototypes say together, once every one of them is read. */
function useDesignFromPrototypes(proposals: PrototypeProposal[]): ServiceDesign | undefined {
  return useMemo(() => {
    const designs = proposals.flatMap((item) => (item.kind === 'ready' ? [item.design] : []));
    return designs.length > 0 && designs.length === proposals.length
      ? combineDesigns(designs)
      : undefined;
  }, [proposals]);
}

const saveStorable = (entry: ServiceEntry) => saveServiceEntry(storable(entry));

interface EntryProps {
  systems: SystemEntry[];
  /** The generic workflows and the services sharing each one. */
  sharing: readonly WorkflowSharing[];
}

function EntryForm({ entry: initial, systems, sharing }: EntryProps & { entry: ServiceEntry }) {
  const { t } = useTranslation('serviceCatalogue');
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const { value: entry, change, state, discard } = useAutosave(initial, saveStorable);
  const proposals = useLevelProposals(entry.prototypeIds);
  const fromPrototypes = useDesignFromPrototypes(proposals);
  const latest = useRef(entry);
  useEffect(() => {
    latest.current = entry;
  }, [entry]);
  // Filled when the prototypes are read (on opening, on linking one), not on each keystroke:
  // a box the user empties stays empty while they type.
  useEffect(() => {
    if (!fromPrototypes) return;
    if (fillFromPrototypes(latest.current, fromPrototypes).entry === latest.current) return;
    change((current) => fillFromPrototypes(current, fromPrototypes).entry);
  }, [fromPrototypes, change]);
  const differences = fromPrototypes ? fillFromPrototypes(entry, fromPrototypes).differences : [];
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
      <SavedHeading title={entry.name.trim() || t('list.unnamed')} state={state} />
      <form className="service-catalogue__entry" onSubmit={(event) => event.preventDefault()}>
        <AboutSection {...props} />
        <UsersSection {...props} />
        <DemandSection {...props} />
        <BlocksSection {...props} systems={systems} />
        <LevelSection {...props} proposals={proposals} />
        <DesignSection {...props} differences={differences} />
        <IndicatorsSection {...props} />
      </form>
      <SharedWorkflows entry={entry} sharing={sharing} />
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
export function EntryScreen({
  entry,
  systems,
  sharing,
}: EntryProps & { entry: ServiceEntry | undefined }) {
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
  return <EntryForm entry={entry} systems={systems} sharing={sharing} />;
}
