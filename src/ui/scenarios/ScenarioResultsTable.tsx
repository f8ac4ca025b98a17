import { useTranslation } from '../i18n/useTranslation';
import type { ReplayResult } from '../../domain/scenarios/replay';
import type { Scenario } from '../../domain/scenarios/schema';
import { useDivergenceText } from './useDivergenceText';

/**
 * The scenarios replayed, as a reviewer reads them: each case by name, whether it still
 * passes, and for one that fails where and why.
 */
export function ScenarioResultsTable({
  scenarios,
  results,
}: {
  scenarios: readonly Scenario[];
  results: ReadonlyMap<string, ReplayResult>;
}) {
  const { t } = useTranslation('scenarioResults');
  const text = useDivergenceText();
  const passing = scenarios.filter((s) => results.get(s.id)?.outcome === 'pass').length;
  return (
    <table className="review-table">
      <caption>{t('summary', { passing, count: scenarios.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.scenario')}</th>
          <th scope="col">{t('table.result')}</th>
          <th scope="col">{t('table.why')}</th>
        </tr>
      </thead>
      <tbody>
        {scenarios.map((scenario) => {
          const result = results.get(scenario.id);
          const divergence = result?.outcome === 'fail' ? result.divergence : undefined;
          return (
            <tr key={scenario.id}>
              <th scope="row">{scenario.name}</th>
              <td>{t(divergence ? 'fails' : 'passes')}</td>
              <td>{divergence ? text.full(divergence) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
