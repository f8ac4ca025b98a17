import { useMemo, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { ApprovedVersion } from '../../../domain/going-further/production/approved';
import { regenerateTestPlan } from '../../../domain/going-further/production/commands';
import { conflictCount } from '../../../domain/going-further/editedParts';
import { caseStepsPart, withCaseEdits } from '../../../domain/going-further/production/parts';
import { planChanges, testPlan } from '../../../domain/going-further/production/testPlan';
import { testPlanDocument } from '../../../domain/going-further/production/testPlanDocument';
import {
  caseState,
  runSummary,
  type CaseState,
} from '../../../domain/going-further/production/testRun';
import { execute } from '../../../state/commands';
import { DocumentActions } from '../../../ui/documents/DocumentActions';
import { SelectField } from '../../../ui/SelectField';
import { AnomaliesPanel } from './AnomaliesPanel';
import { CaseItem } from './CaseItem';
import { fileStem } from './DeploymentRequestPanel';
import { FoldedDocument } from './FoldedDocument';
import { useProduction } from './useProduction';
import { useTranslate } from './useTranslate';
import { ValidationPanel } from './ValidationPanel';

type Filter = 'all' | CaseState;
const filters: readonly Filter[] = ['all', 'untested', 'failed', 'passed'];

/** The production test plan: its cases to run, its anomalies, its final validation. */
export function TestPlanPanel({ approved }: { approved: ApprovedVersion }) {
  const { t } = useTranslation('goingFurther-production');
  const { translate } = useTranslate();
  const { tests: run, edits } = useProduction();
  const [filter, setFilter] = useState<Filter>('all');
  const drafted = useMemo(() => testPlan(translate, approved), [translate, approved]);
  // What the team reworded replaces the drafted steps in what is shown, printed and exported.
  const plan = useMemo(() => withCaseEdits(drafted, edits), [drafted, edits]);
  const stepsParts = useMemo(
    () => new Map(drafted.cases.map((testCase) => [testCase.id, caseStepsPart(testCase, edits)])),
    [drafted, edits],
  );
  const conflicts = conflictCount([...stepsParts.values()]);
  const caseIds = useMemo(() => plan.cases.map((testCase) => testCase.id), [plan]);
  const changes = useMemo(() => planChanges(run.caseIds, plan.cases), [run.caseIds, plan]);
  const newIds = useMemo(() => new Set(changes.added.map((testCase) => testCase.id)), [changes]);
  const summary = runSummary(plan.cases, run);
  const document = useMemo(() => testPlanDocument(translate, plan, run), [translate, plan, run]);
  const establish = () => execute(regenerateTestPlan({ basedOn: plan.basedOn, caseIds }));
  const outdated =
    run.basedOn !== undefined &&
    (run.basedOn.contentHash !== plan.basedOn.contentHash ||
      changes.added.length > 0 ||
      changes.gone.length > 0);
  const shown = plan.cases.filter(
    (testCase) => filter === 'all' || caseState(run, testCase.id) === filter,
  );
  const results = new Map(run.results.map((result) => [result.caseId, result]));

  return (
    <section className="production__panel" aria-labelledby="production-plan">
      <h3 id="production-plan">{t('plan.title')}</h3>
      {run.basedOn === undefined ? (
        <div className="banner">
          <p>{t('plan.establishHelp')}</p>
          <button type="button" className="button" onClick={establish}>
            {t('plan.establish')}
          </button>
        </div>
      ) : (
        <>
          {outdated && (
            <div className="banner banner--warning" role="status">
              <p>
                {t('plan.outdated', { added: changes.added.length, gone: changes.gone.length })}
              </p>
              <button type="button" className="button" onClick={establish}>
                {t('plan.update')}
              </button>
            </div>
          )}
          {conflicts > 0 && (
            <p className="banner banner--warning" role="status">
              {t('plan.conflicts', { count: conflicts })}
            </p>
          )}
          {plan.truncated && <p className="banner banner--warning">{t('plan.truncated')}</p>}
          <p role="status">
            {t('plan.summary', {
              total: summary.total,
              passed: summary.passed,
              failed: summary.failed,
              untested: summary.untested,
              open: summary.openAnomalies,
            })}
          </p>
          <SelectField
            label={t('plan.show')}
            value={filter}
            options={filters.map((value) => ({ value, label: t(`plan.filters.${value}`) }))}
            onChange={setFilter}
          />
          {shown.length === 0 ? (
            <p>{t('plan.noneShown')}</p>
          ) : (
            <ul className="production__cases" aria-label={t('plan.title')}>
              {shown.map((testCase) => (
                <CaseItem
                  key={testCase.id}
                  testCase={testCase}
                  stepsPart={stepsParts.get(testCase.id)!}
                  result={results.get(testCase.id)}
                  isNew={newIds.has(testCase.id)}
                />
              ))}
            </ul>
          )}
          <AnomaliesPanel cases={plan.cases} anomalies={run.anomalies} />
          <ValidationPanel
            caseIds={caseIds}
            basedOn={plan.basedOn}
            summary={summary}
            validation={run.validation}
          />
          <DocumentActions
            document={document}
            fileName={`${fileStem(plan.name)}-${t('files.plan')}`}
          />
          <FoldedDocument document={document} label={t('plan.read')} />
        </>
      )}
    </section>
  );
}
