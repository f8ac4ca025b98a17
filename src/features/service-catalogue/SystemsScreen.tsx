import { useTranslation } from '../../ui/i18n/useTranslation';
import { newId } from '../../domain/ids';
import { buildingBlocks, type ServiceEntry } from '../../domain/service-catalogue/schema';
import {
  blocksInProduction,
  createSystem,
  systemNameProblem,
  type SystemEntry,
} from '../../domain/service-catalogue/systems';
import { saveSystems } from '../../storage/serviceCatalogueRepository';
import { TextField } from '../../ui/TextField';
import { NameForm } from '../../ui/NameForm';
import { CheckboxGroup } from './CheckboxGroup';
import './systemsI18n';
import { RemoveItemButton, SavedHeading } from './SavedHeading';
import { useAutosave } from './useAutosave';

type Change = (update: (systems: SystemEntry[]) => SystemEntry[]) => void;

function SystemFields({
  system,
  systems,
  usedBy,
  change,
}: {
  system: SystemEntry;
  systems: SystemEntry[];
  usedBy: number;
  change: Change;
}) {
  const { t } = useTranslation(['systems', 'serviceCatalogue']);
  const headingId = `system-${system.id}`;
  const edit = (update: Partial<SystemEntry>) =>
    change((all) => all.map((other) => (other.id === system.id ? { ...other, ...update } : other)));
  const problem = systemNameProblem(systems, system.name, system.id);
  return (
    <section className="systems__system" aria-labelledby={headingId}>
      <h2 id={headingId}>{system.name.trim() || t('serviceCatalogue:list.unnamed')}</h2>
      <p>{t('usedBy', { count: usedBy })}</p>
      <TextField
        label={t('name')}
        value={system.name}
        required
        error={problem && t(`problems.${problem}`)}
        onChange={(name) => edit({ name })}
      />
      <div className="service-catalogue__numbers">
        <TextField
          label={t('version')}
          value={system.version}
          onChange={(version) => edit({ version })}
        />
        <TextField label={t('owner')} value={system.owner} onChange={(owner) => edit({ owner })} />
      </div>
      <label className="service-catalogue__check">
        <input
          type="checkbox"
          checked={system.inProduction}
          onChange={(event) => edit({ inProduction: event.target.checked })}
        />{' '}
        {t('inProduction')}
      </label>
      <CheckboxGroup
        legend={t('blocks')}
        options={buildingBlocks.map((value) => ({
          value,
          label: t(`serviceCatalogue:blocks.${value}`),
        }))}
        selected={system.blocks}
        onChange={(blocks) => edit({ blocks })}
      />
      <RemoveItemButton
        label={t('deleteLabel', { name: system.name })}
        onRemove={() => change((all) => all.filter((other) => other.id !== system.id))}
      >
        {t('delete')}
      </RemoveItemButton>
    </section>
  );
}

function AddSystem({ systems, change }: { systems: SystemEntry[]; change: Change }) {
  const { t } = useTranslation('systems');
  return (
    <NameForm
      label={t('addLabel')}
      help={t('addHelp')}
      submitLabel={t('add')}
      problemOf={(name) => {
        const found = systemNameProblem(systems, name);
        return found && t(`problems.${found}`);
      }}
      onSubmit={(name) => {
        change((all) => [...all, createSystem(newId(), name)]);
      }}
    />
  );
}

/** The software components services are built on, edited and saved as the user types. */
export function SystemsScreen({
  systems: initial,
  entries,
}: {
  systems: SystemEntry[];
  entries: ServiceEntry[];
}) {
  const { t } = useTranslation(['systems', 'serviceCatalogue']);
  const { value: systems, change, state } = useAutosave(initial, saveSystems);
  const available = blocksInProduction(systems);
  return (
    <>
      <SavedHeading title={t('title')} state={state} />
      <p className="lead">{t('intro')}</p>
      <p>
        {available.length === 0
          ? t('noBlockInProduction')
          : t('inProductionBlocks', {
              blocks: available.map((block) => t(`serviceCatalogue:blocks.${block}`)).join(', '),
            })}
      </p>
      <AddSystem systems={systems} change={change} />
      {systems.length === 0 && <p>{t('empty')}</p>}
      {systems.map((system) => (
        <SystemFields
          key={system.id}
          system={system}
          systems={systems}
          usedBy={entries.filter((entry) => entry.systemIds?.includes(system.id)).length}
          change={change}
        />
      ))}
    </>
  );
}
