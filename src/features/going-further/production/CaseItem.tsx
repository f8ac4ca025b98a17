import { useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import {
  clearCaseResult,
  recordCaseResult,
} from '../../../domain/going-further/production/commands';
import type { CaseOutcome } from '../../../domain/going-further/production/lists';
import type { CaseResult } from '../../../domain/going-further/production/schema';
import type { TestCase } from '../../../domain/going-further/production/testPlan';
import type { GeneratedPart } from '../../../domain/going-further/editedParts';
import { newId } from '../../../domain/ids';
import { execute } from '../../../state/commands';
import { TextField } from '../../../ui/TextField';
import { EditablePart } from '../EditablePart';
import { productionPartCommands } from './productionParts';
import { useTranslate } from './useTranslate';

function Lines({ label, items, ordered }: { label: string; items: string[]; ordered?: boolean }) {
  const { t } = useTranslation('goingFurther-production');
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {items.length === 0 ? (
          t('plan.nothing')
        ) : (
          <List>
            {items.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </List>
        )}
      </dd>
    </>
  );
}

/** A case in full, with its result: drawn only when opened, so that 200 cases stay quick. */
function CaseBody({
  testCase,
  stepsPart,
  result,
}: {
  testCase: TestCase;
  stepsPart: GeneratedPart;
  result?: CaseResult;
}) {
  const { t } = useTranslation('goingFurther-production');
  const [note, setNote] = useState(result?.note ?? '');
  const record = (outcome: CaseOutcome) =>
    execute(
      recordCaseResult({
        caseId: testCase.id,
        outcome,
        note: note.trim(),
        at: new Date().toISOString(),
        anomalyId: newId(),
        caseTitle: testCase.title,
      }),
    );
  return (
    <div className="production__case-body">
      <EditablePart
        label={t('plan.stepsEditable')}
        part={stepsPart}
        generated={stepsPart.generated}
        commands={productionPartCommands}
        source="approved"
        rows={Math.max(3, testCase.steps.length + 1)}
      />
      <dl>
        <Lines label={t('plan.data')} items={testCase.data} />
        <Lines label={t('plan.statuses')} items={testCase.expectedStatuses} ordered />
        <Lines label={t('plan.messages')} items={testCase.messages} />
        <Lines label={t('plan.timeLimits')} items={testCase.timeLimits} />
      </dl>
      <TextField
        label={t('plan.note')}
        value={note}
        onChange={setNote}
        multiline
        rows={2}
        maxLength={5000}
      />
      <div className="button-row">
        <button type="button" className="button" onClick={() => record('passed')}>
          {t('plan.passed')}
        </button>
        <button type="button" className="button button--danger" onClick={() => record('failed')}>
          {t('plan.failed')}
        </button>
        {result && (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => execute(clearCaseResult({ caseId: testCase.id }))}
          >
            {t('plan.retest')}
          </button>
        )}
      </div>
    </div>
  );
}

/** One test case: its title and state, opened to read it and record its result. */
export function CaseItem({
  testCase,
  stepsPart,
  result,
  isNew,
}: {
  testCase: TestCase;
  /** The case's steps as the team may reword them. */
  stepsPart: GeneratedPart;
  result?: CaseResult;
  isNew: boolean;
}) {
  const { t } = useTranslation('goingFurther-production');
  const { translate } = useTranslate();
  const [open, setOpen] = useState(false);
  const state = result?.outcome ?? 'untested';
  return (
    <li className={`production__case production__case--${state}`}>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span className="production__case-title">{testCase.title}</span>{' '}
          <span className={`production__state production__state--${state}`}>
            {t('plan.resultOf', { state: translate(`states.${state}`) })}
          </span>
          {isNew && <span className="production__new"> {t('plan.newCase')}</span>}
        </summary>
        {open && <CaseBody testCase={testCase} stepsPart={stepsPart} result={result} />}
      </details>
    </li>
  );
}
