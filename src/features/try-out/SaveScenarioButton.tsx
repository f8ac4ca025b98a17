import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { newId } from '../../domain/ids';
import type { Form } from '../../domain/form/schema';
import { addScenario } from '../../domain/scenarios/commands';
import { scenarioFromRun } from '../../domain/scenarios/record';
import { execute, undoOfLastChange } from '../../state/commands';
import { notify } from '../../state/notifications';
import type { TryoutRow } from '../../storage/db';
import { ScenarioNameDialog } from './ScenarioNameDialog';

/** Keeps the request played so far as a scenario of the prototype, under a name. */
export function SaveScenarioButton({
  form,
  row,
  startId,
}: {
  form: Form;
  row: TryoutRow;
  startId: string | undefined;
}) {
  const { t } = useTranslation('tryOut');
  const [naming, setNaming] = useState(false);
  const save = (name: string) => {
    const scenario = scenarioFromRun(
      { form, answers: row.answers, run: row.run, startId },
      { id: newId(), name, savedAt: new Date().toISOString() },
    );
    if (!execute(addScenario({ scenario }))) return false;
    notify({
      tone: 'success',
      messageKey: 'tryOut:scenarios.saved',
      params: { name: scenario.name },
      timeoutMs: 6000,
      action: { labelKey: 'tryOut:scenarios.undo', run: undoOfLastChange() },
    });
    return true;
  };
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setNaming(true)}>
        {t('scenarios.save')}
      </button>
      {naming && (
        <ScenarioNameDialog
          title={t('scenarios.save')}
          submitLabel={t('scenarios.saveConfirm')}
          onSubmit={save}
          onClose={() => setNaming(false)}
        />
      )}
    </>
  );
}
