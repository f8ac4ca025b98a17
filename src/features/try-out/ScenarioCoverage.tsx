import { useTranslation } from '../../ui/i18n/useTranslation';
import type { Coverage } from '../../domain/coverage/coverage';
import type { ConditionBranch } from '../../domain/coverage/conditions';
import { pathSteps } from '../../domain/coverage/paths';
import type { ProcessGraph } from '../../domain/process/graph';
import type { ProcessPath } from '../../domain/process/paths';
import { useDiagramImage } from '../../ui/diagram/useDiagramImage';

interface ScenarioCoverageProps {
  coverage: Coverage;
  xml: string;
  graph: ProcessGraph | null;
}

/**
 * What the scenarios cover, like a test suite's coverage: the paths they go along marked on
 * the diagram, and in plain words the paths and form conditions no scenario reaches.
 */
export function ScenarioCoverage({ coverage, xml, graph }: ScenarioCoverageProps) {
  const { t } = useTranslation('tryOut');
  const { elementIds, flowIds } = coverage.covered;
  const diagram = useDiagramImage(xml, [...elementIds, ...flowIds]);
  const pathText = (path: ProcessPath) =>
    graph
      ? pathSteps(graph, path)
          .map(({ name, way }) =>
            way ? t('coverage.way', { name: name || t('coverage.gateway'), way }) : name,
          )
          .join(' → ')
      : '';
  const branchText = (branch: ConditionBranch) =>
    t(`coverage.branch.${branch.owner}.${branch.rule}.${branch.met ? 'met' : 'unmet'}`, {
      label: branch.label,
    });
  const missedPaths = coverage.paths.filter((entry) => entry.scenarioIds.length === 0);
  const missedConditions = coverage.conditions.filter((entry) => entry.scenarioIds.length === 0);
  const summary = t('coverage.summary', {
    paths: coverage.paths.length - missedPaths.length,
    count: coverage.paths.length,
    conditions: coverage.conditions.length - missedConditions.length,
    conditionCount: coverage.conditions.length,
  });

  return (
    <section className="tryout-coverage" aria-labelledby="tryout-coverage">
      <h2 id="tryout-coverage">{t('coverage.heading')}</h2>
      <p>{summary}</p>
      {xml.trim() !== '' && (
        <figure className="tryout-coverage__diagram">
          {diagram.kind === 'ready' && <img src={diagram.url} alt={t('coverage.diagramAlt')} />}
          {diagram.kind === 'loading' && <p role="status">{t('coverage.drawing')}</p>}
          {diagram.kind === 'failed' && (
            <p className="banner banner--warning">{t('coverage.drawingFailed')}</p>
          )}
          <figcaption>{t('coverage.caption')}</figcaption>
        </figure>
      )}
      <h3 id="tryout-uncovered">{t('coverage.uncovered')}</h3>
      {missedPaths.length === 0 && missedConditions.length === 0 ? (
        <p>{t('coverage.allReached')}</p>
      ) : (
        <ul className="tryout-coverage__missed" aria-labelledby="tryout-uncovered">
          {missedPaths.map(({ path }, index) => (
            <li key={`${index}:${path.elementIds.join('>')}`}>
              {t(path.reachesEnd ? 'coverage.path' : 'coverage.deadEnd', {
                steps: pathText(path),
              })}
            </li>
          ))}
          {missedConditions.map(({ branch }) => (
            <li key={branch.id}>{branchText(branch)}</li>
          ))}
        </ul>
      )}
      {coverage.truncated && <p className="field__help">{t('coverage.truncated')}</p>}
    </section>
  );
}
