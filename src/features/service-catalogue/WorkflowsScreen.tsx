import { useMemo } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import type { ServiceEntry } from '../../domain/service-catalogue/schema';
import {
  workflowNameProblem,
  workflowSharing,
  type GenericWorkflow,
  type WorkflowSharing,
} from '../../domain/service-catalogue/workflows';
import { saveWorkflows } from '../../storage/serviceCatalogueRepository';
import { TextField } from '../../ui/TextField';
import { RemoveItemButton, SavedHeading } from './SavedHeading';
import { serviceCataloguePaths } from './paths';
import { useAutosave } from './useAutosave';
import './workflowsI18n';

type Change = (update: (workflows: GenericWorkflow[]) => GenericWorkflow[]) => void;

function WorkflowFields({
  shared: { workflow, services },
  workflows,
  change,
}: {
  shared: WorkflowSharing;
  workflows: GenericWorkflow[];
  change: Change;
}) {
  const { t } = useTranslation(['workflows', 'serviceCatalogue']);
  const headingId = `workflow-${workflow.id}`;
  const edit = (update: Partial<GenericWorkflow>) =>
    change((all) =>
      all.map((other) => (other.id === workflow.id ? { ...other, ...update } : other)),
    );
  const problem = workflowNameProblem(workflows, workflow.name, workflow.id);
  return (
    <section className="systems__system" aria-labelledby={headingId}>
      <h2 id={headingId}>{workflow.name.trim() || t('serviceCatalogue:list.unnamed')}</h2>
      <p>
        {workflow.roles.length === 0
          ? t('noRoles')
          : t('roles', { roles: workflow.roles.join(', ') })}{' '}
        {t('prototypes', { count: workflow.prototypeIds.length })}
      </p>
      <h3>{t('sharedBy')}</h3>
      {services.length === 0 ? (
        <p>{t('sharedByNone')}</p>
      ) : (
        <ul aria-label={t('sharedBy')}>
          {services.map((service) => (
            <li key={service.id}>
              <Link href={serviceCataloguePaths.entry(service.id)}>
                {service.name.trim() || t('serviceCatalogue:list.unnamed')}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <TextField
        label={t('name')}
        value={workflow.name}
        required
        error={problem && t(`problems.${problem}`)}
        onChange={(name) => edit({ name })}
      />
      <TextField
        label={t('description')}
        value={workflow.description}
        onChange={(description) => edit({ description })}
      />
      <RemoveItemButton
        label={t('deleteLabel', { name: workflow.name })}
        onRemove={() => change((all) => all.filter((other) => other.id !== workflow.id))}
      >
        {t('delete')}
      </RemoveItemButton>
    </section>
  );
}

/** The organisation's generic workflows, and which services share each one. */
export function WorkflowsScreen({
  workflows: initial,
  entries,
}: {
  workflows: GenericWorkflow[];
  entries: ServiceEntry[];
}) {
  const { t } = useTranslation('workflows');
  const { value: workflows, change, state } = useAutosave(initial, saveWorkflows);
  const sharing = useMemo(() => workflowSharing(workflows, entries), [workflows, entries]);
  return (
    <>
      <SavedHeading title={t('title')} state={state} />
      <p className="lead">{t('intro')}</p>
      {workflows.length === 0 && <p>{t('empty')}</p>}
      {sharing.map((shared) => (
        <WorkflowFields
          key={shared.workflow.id}
          shared={shared}
          workflows={workflows}
          change={change}
        />
      ))}
    </>
  );
}
