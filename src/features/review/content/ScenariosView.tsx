import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { isoDay } from '../../../domain/form/values';
import type { PrototypeContent } from '../../../domain/prototype/schema';
import { replayAll } from '../../../domain/scenarios/replay';
import { ScenarioResultsTable } from '../../../ui/scenarios/ScenarioResultsTable';
import { useGraph } from './useGraph';

/**
 * The cases the workshop played and saved, each replayed on the content under review:
 * the verifier sees which were played and whether they still pass, and why not.
 */
export function ScenariosView({ content }: { content: PrototypeContent }) {
  const { t } = useTranslation('review');
  const graph = useGraph(content.process.bpmnXml);
  const { form, tracking } = content;
  const scenarios = content.scenarios;
  const results = useMemo(
    () =>
      graph === undefined || !scenarios
        ? undefined
        : replayAll(scenarios, { form, tracking, graph }, isoDay(new Date())),
    [scenarios, form, tracking, graph],
  );
  if (!scenarios || scenarios.length === 0) return <p>{t('scenarios.none')}</p>;
  if (!results) return <p role="status">{t('scenarios.replaying')}</p>;
  return (
    <>
      <p>{t('scenarios.intro')}</p>
      <ScenarioResultsTable scenarios={scenarios} results={results} />
    </>
  );
}
