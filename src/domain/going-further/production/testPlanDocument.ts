import type { DocumentBlock, FabrikDocument } from '../../documents/model';
import type { TestRun } from './schema';
import type { TestPlan } from './testPlan';
import { caseState, resultOf, runSummary } from './testRun';
import type { Translate } from './translate';

/**
 * The production test plan as a document: the summary of the run, one table row per case
 * (for the CSV), then each case in full, the anomalies and the final validation.
 */
export function testPlanDocument(t: Translate, plan: TestPlan, run: TestRun): FabrikDocument {
  const summary = runSummary(plan.cases, run);
  const blocks: DocumentBlock[] = [
    {
      kind: 'paragraph',
      text: t('doc.plan.basedOn', {
        version: plan.basedOn.versionNumber ?? '—',
        hash: plan.basedOn.contentHash,
      }),
    },
    {
      kind: 'paragraph',
      text: t('doc.plan.summary', {
        total: summary.total,
        passed: summary.passed,
        failed: summary.failed,
        untested: summary.untested,
        open: summary.openAnomalies,
      }),
    },
  ];
  if (plan.truncated) blocks.push({ kind: 'paragraph', text: t('doc.plan.truncated') });
  blocks.push({ kind: 'heading', level: 1, text: t('doc.plan.cases') });
  blocks.push({
    kind: 'table',
    caption: t('doc.plan.cases'),
    columns: [t('doc.col.case'), t('doc.col.source'), t('doc.col.result'), t('doc.col.note')],
    rows: plan.cases.map((testCase) => [
      testCase.title,
      t(`sources.${testCase.source}`),
      t(`states.${caseState(run, testCase.id)}`),
      resultOf(run, testCase.id)?.note ?? '',
    ]),
  });
  // Each case in full as text, not as a table: a plan of 200 cases is not 200 CSV files.
  for (const testCase of plan.cases) {
    const line = (label: string, items: readonly string[], separator = ' ; ') =>
      t('doc.plan.line', { label, value: items.length === 0 ? '—' : items.join(separator) });
    const result = resultOf(run, testCase.id);
    blocks.push(
      { kind: 'heading', level: 2, text: testCase.title },
      { kind: 'paragraph', text: t('doc.plan.steps') },
      { kind: 'list', ordered: true, items: testCase.steps },
      {
        kind: 'list',
        items: [
          line(t('doc.plan.data'), testCase.data),
          line(t('doc.plan.statuses'), testCase.expectedStatuses, ' → '),
          line(t('doc.plan.messages'), testCase.messages),
          line(t('doc.plan.timeLimits'), testCase.timeLimits),
          line(
            t('doc.col.result'),
            [
              t(`states.${caseState(run, testCase.id)}`),
              ...(result?.note.trim() ? [result.note] : []),
            ],
            ' — ',
          ),
        ],
      },
    );
  }
  const titles = new Map(plan.cases.map((testCase) => [testCase.id, testCase.title]));
  blocks.push({ kind: 'heading', level: 1, text: t('doc.plan.anomalies') });
  blocks.push(
    run.anomalies.length === 0
      ? { kind: 'paragraph', text: t('doc.plan.noAnomaly') }
      : {
          kind: 'table',
          caption: t('doc.plan.anomalies'),
          columns: [
            t('doc.col.anomaly'),
            t('doc.col.case'),
            t('doc.col.severity'),
            t('doc.col.owner'),
            t('doc.col.status'),
          ],
          rows: run.anomalies.map((anomaly) => [
            anomaly.title,
            titles.get(anomaly.caseId) ?? t('plan.goneCase'),
            t(`severities.${anomaly.severity}`),
            anomaly.owner || '—',
            t(`anomalyStatuses.${anomaly.status}`),
          ]),
        },
  );
  blocks.push({ kind: 'heading', level: 1, text: t('doc.plan.validation') });
  blocks.push({
    kind: 'paragraph',
    text: run.validation
      ? t('doc.plan.validated', { by: run.validation.by, at: run.validation.at })
      : t('doc.plan.notValidated'),
  });
  return { title: t('doc.plan.title', { name: plan.name }), blocks };
}
