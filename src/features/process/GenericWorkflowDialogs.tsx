import { useEffect, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { newId } from '../../domain/ids';
import { workflowFromProcess } from '../../domain/service-catalogue/workflowFromProcess';
import {
  addWorkflowRoles,
  workflowNameProblem,
  type GenericWorkflow,
} from '../../domain/service-catalogue/workflows';
import { SERVICE_NAME_MAX_LENGTH } from '../../domain/service-catalogue/limits';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { notify } from '../../state/notifications';
import { classifyStorageError } from '../../storage/errors';
import {
  addWorkflow,
  loadWorkflows,
  markWorkflowUsed,
} from '../../storage/serviceCatalogueRepository';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/TextField';
import type { DiagramEditor, ImportOutcome } from './editor/types';
import './genericWorkflowI18n';

const storageFailed = (failure: unknown) =>
  notify({ tone: 'error', messageKey: `common:storage.${classifyStorageError(failure)}` });

/** A dialog's task on storage: busy while it runs, a storage failure said, busy again off. */
function useStorageTask() {
  const [busy, setBusy] = useState(false);
  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } catch (failure) {
      storageFailed(failure);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

/** The process as it is on screen saved as a workflow of the organisation. */
export function SaveWorkflowDialog({
  editor,
  onClose,
}: {
  editor: DiagramEditor;
  onClose: () => void;
}) {
  const { t } = useTranslation('processWorkflows');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<string>();
  const { busy, run } = useStorageTask();
  const submit = async () => {
    const prototype = useEditorStore.getState().prototype;
    if (!prototype) return;
    await run(async () => {
      const found = workflowNameProblem(await loadWorkflows(), name);
      if (found) {
        setProblem(t(`problems.${found}`));
        return;
      }
      const saved = await workflowFromProcess(
        { ...prototype.process, bpmnXml: await editor.saveXml() },
        { id: newId(), name, description, prototypeId: prototype.id, now: new Date() },
      );
      if (!saved.ok) {
        setProblem(t(`problems.${saved.reason}`));
        return;
      }
      await addWorkflow(saved.workflow);
      notify({
        tone: 'success',
        messageKey: 'processWorkflows:saved',
        params: { name: saved.workflow.name },
        timeoutMs: 6000,
      });
      onClose();
    });
  };
  return (
    <FormDialog
      open
      title={t('saveDialog.title')}
      submitLabel={t('saveDialog.submit')}
      onSubmit={() => void submit()}
      onClose={onClose}
      busy={busy}
    >
      <p>{t('saveDialog.intro')}</p>
      <TextField
        label={t('saveDialog.name')}
        help={t('saveDialog.nameHelp')}
        value={name}
        onChange={(value) => {
          setName(value);
          setProblem(undefined);
        }}
        error={problem}
        required
        maxLength={SERVICE_NAME_MAX_LENGTH}
        autoFocus
      />
      <TextField
        label={t('saveDialog.description')}
        value={description}
        onChange={setDescription}
        multiline
      />
    </FormDialog>
  );
}

/** The organisation's workflows to choose from; the chosen one replaces the diagram. */
export function StartFromWorkflowDialog({
  replace,
  onClose,
}: {
  replace: (xml: string) => Promise<ImportOutcome>;
  onClose: () => void;
}) {
  const { t } = useTranslation('processWorkflows');
  const [workflows, setWorkflows] = useState<GenericWorkflow[]>();
  const [chosen, setChosen] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const { busy, run } = useStorageTask();
  useEffect(() => {
    loadWorkflows().then(setWorkflows, (failure: unknown) => {
      storageFailed(failure);
      onClose();
    });
  }, [onClose]);
  const submit = async () => {
    const workflow = workflows?.find((candidate) => candidate.id === chosen);
    const prototypeId = useEditorStore.getState().prototype?.id;
    if (!workflow || !prototypeId) {
      setProblem(t('startDialog.chooseOne'));
      return;
    }
    await run(async () => {
      const outcome = await replace(workflow.bpmnXml);
      if (!outcome.ok || outcome.warnings.length > 0) {
        notify({
          tone: 'error',
          messageKey: 'processWorkflows:startFailed',
          params: { name: workflow.name },
        });
        return;
      }
      execute(addWorkflowRoles({ workflow }));
      notify({
        tone: 'success',
        messageKey: 'processWorkflows:started',
        params: { name: workflow.name },
        timeoutMs: 6000,
      });
      onClose();
      await markWorkflowUsed(workflow.id, prototypeId);
    });
  };
  return (
    <FormDialog
      open
      title={t('startDialog.title')}
      submitLabel={t('startDialog.submit')}
      onSubmit={() => void submit()}
      onClose={onClose}
      busy={busy || !workflows || workflows.length === 0}
    >
      <p>{t('startDialog.intro')}</p>
      {!workflows && <p role="status">{t('loading')}</p>}
      {workflows?.length === 0 && <p>{t('startDialog.empty')}</p>}
      {workflows && workflows.length > 0 && (
        <fieldset aria-describedby={problem ? 'start-workflow-problem' : undefined}>
          <legend>{t('startDialog.legend')}</legend>
          {workflows.map((workflow) => (
            <label key={workflow.id} className="review-check">
              <input
                type="radio"
                name="generic-workflow"
                value={workflow.id}
                checked={chosen === workflow.id}
                onChange={() => {
                  setChosen(workflow.id);
                  setProblem(undefined);
                }}
              />
              {workflow.name}
              {workflow.roles.length > 0 &&
                ` (${t('startDialog.roles', { roles: workflow.roles.join(', ') })})`}
              {workflow.description && ` — ${workflow.description}`}
            </label>
          ))}
          {problem && (
            <p id="start-workflow-problem" className="field__error" role="alert">
              {problem}
            </p>
          )}
        </fieldset>
      )}
    </FormDialog>
  );
}
