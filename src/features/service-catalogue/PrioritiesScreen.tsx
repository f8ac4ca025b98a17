import { createContext, memo, useContext, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import type { ServiceEntry } from '../../domain/service-catalogue/schema';
import {
  feasibilityFactors,
  impactFactors,
  MAX_WEIGHT,
  quadrants,
  scoreCatalogue,
  type Factor,
  type ScoredService,
  type ScoringSettings,
} from '../../domain/service-catalogue/scoring';
import { blocksInProduction, type SystemEntry } from '../../domain/service-catalogue/systems';
import { saveScoringSettings } from '../../storage/serviceCatalogueRepository';
import { SelectField } from '../../ui/SelectField';
import { QuadrantChart } from './QuadrantChart';
import { serviceCataloguePaths } from './paths';
import { explanationLine } from './scoreText';
import { useAutosave } from './useAutosave';

const weightOptions = Array.from({ length: MAX_WEIGHT + 1 }, (_, weight) => ({
  value: String(weight),
  label: String(weight),
}));

interface WeightsProps {
  settings: ScoringSettings;
  change: (update: (settings: ScoringSettings) => ScoringSettings) => void;
}

function WeightGroup({
  title,
  factors,
  settings,
  change,
}: WeightsProps & { title: string; factors: readonly Factor[] }) {
  const { t } = useTranslation('serviceCatalogue');
  return (
    <fieldset className="service-catalogue__weights">
      <legend>{title}</legend>
      {factors.map((factor) => (
        <SelectField
          key={factor}
          label={t('priorities.weightOf', { factor: t(`priorities.factors.${factor}`) })}
          value={String(settings.weights[factor])}
          options={weightOptions}
          onChange={(value) =>
            change((current) => ({
              ...current,
              weights: { ...current.weights, [factor]: Number(value) },
            }))
          }
        />
      ))}
    </fieldset>
  );
}

/**
 * The latest scores by service id, read only by the explanations that are open: the rows
 * themselves do not depend on the explanation, so a weight change re-renders only the rows
 * whose figures moved.
 */
const ScoresById = createContext<ReadonlyMap<string, ScoredService>>(new Map());

function ExplanationBody({ id }: { id: string }) {
  const { t, i18n } = useTranslation('serviceCatalogue');
  const service = useContext(ScoresById).get(id);
  const number = new Intl.NumberFormat(i18n.language);
  if (!service) return null;
  return (['impact', 'feasibility'] as const).map((axis) => (
    <div key={axis}>
      <p className="service-catalogue__score-title">
        {t('priorities.scoreTitle', {
          axis: t(`priorities.${axis}`),
          value: service[axis].value,
        })}
      </p>
      <ul>
        {service[axis].explanation.map((line) => (
          <li key={line.factor}>{explanationLine(t, line, number)}</li>
        ))}
      </ul>
    </div>
  ));
}

/**
 * How a service's scores were computed, written only once opened: with 1 000 services, the
 * nine lines of each closed explanation would cost more than the whole table.
 */
function ScoreExplanation({ id }: { id: string }) {
  const { t } = useTranslation('serviceCatalogue');
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('priorities.showExplanation')}</summary>
      {open && <ExplanationBody id={id} />}
    </details>
  );
}

/** One row, drawn again only when what it shows changed. */
const ScoreRow = memo(
  function ScoreRow({ service }: { service: ScoredService }) {
    const { t } = useTranslation('serviceCatalogue');
    return (
      <tr>
        <th scope="row">
          <Link href={serviceCataloguePaths.entry(service.id)}>
            {service.name.trim() || t('list.unnamed')}
          </Link>
        </th>
        <td>{t(`priorities.quadrants.${service.quadrant}`)}</td>
        <td className="number">{service.impact.value}</td>
        <td className="number">{service.feasibility.value}</td>
        <td>
          <ScoreExplanation id={service.id} />
        </td>
      </tr>
    );
  },
  (before, after) =>
    before.service.id === after.service.id &&
    before.service.name === after.service.name &&
    before.service.quadrant === after.service.quadrant &&
    before.service.impact.value === after.service.impact.value &&
    before.service.feasibility.value === after.service.feasibility.value,
);

const ScoreTable = memo(function ScoreTable({ services }: { services: ScoredService[] }) {
  const { t, i18n } = useTranslation('serviceCatalogue');
  const sorted = useMemo(
    () =>
      [...services].sort(
        (a, b) =>
          quadrants.indexOf(a.quadrant) - quadrants.indexOf(b.quadrant) ||
          b.impact.value - a.impact.value ||
          a.name.localeCompare(b.name, i18n.language),
      ),
    [services, i18n.language],
  );
  const byId = useMemo(() => new Map(services.map((service) => [service.id, service])), [services]);
  return (
    <ScoresById.Provider value={byId}>
      <div className="service-catalogue__table-wrap">
        <table className="service-catalogue__table">
          <caption>{t('priorities.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('priorities.service')}</th>
              <th scope="col">{t('priorities.quadrant')}</th>
              <th scope="col">{t('priorities.impactScore')}</th>
              <th scope="col">{t('priorities.feasibilityScore')}</th>
              <th scope="col">{t('priorities.explanation')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((service) => (
              <ScoreRow key={service.id} service={service} />
            ))}
          </tbody>
        </table>
      </div>
    </ScoresById.Provider>
  );
});

/** The blocks the systems in production provide: what feasibility counts as available. */
function AvailableBlocks({ systems }: { systems: SystemEntry[] }) {
  const { t } = useTranslation('serviceCatalogue');
  const available = blocksInProduction(systems);
  return (
    <section aria-labelledby="priorities-available">
      <h3 id="priorities-available">{t('priorities.availableBlocks')}</h3>
      <p>
        {available.length === 0
          ? t('priorities.noneFromSystems')
          : t('priorities.availableFromSystems', {
              blocks: available.map((block) => t(`blocks.${block}`)).join(', '),
            })}{' '}
        <Link href={serviceCataloguePaths.systems}>{t('priorities.editSystems')}</Link>
      </p>
    </section>
  );
}

/** Impact and feasibility of every service, with the weights the organisation sets. */
export function PrioritiesScreen({
  entries,
  settings: stored,
  systems,
}: {
  entries: ServiceEntry[];
  settings: ScoringSettings;
  systems: SystemEntry[];
}) {
  const { t } = useTranslation('serviceCatalogue');
  const { value: settings, change } = useAutosave(stored, saveScoringSettings);
  const scored = useMemo(
    () => scoreCatalogue(entries, settings, systems),
    [entries, settings, systems],
  );
  // The counts and the chart follow a weight at once; the 1 000-row table, their text
  // alternative, is redrawn in the background right after, without holding the select.
  const tableServices = useDeferredValue(scored);
  const counts = useMemo(() => {
    const byQuadrant = new Map<string, number>();
    for (const service of scored)
      byQuadrant.set(service.quadrant, (byQuadrant.get(service.quadrant) ?? 0) + 1);
    return byQuadrant;
  }, [scored]);
  return (
    <>
      <h1>{t('priorities.title')}</h1>
      <p className="lead">{t('priorities.intro')}</p>
      <div className="service-catalogue__priorities">
        <div>
          <h2>{t('priorities.weightsTitle')}</h2>
          <WeightGroup
            title={t('priorities.impact')}
            factors={impactFactors}
            settings={settings}
            change={change}
          />
          <WeightGroup
            title={t('priorities.feasibility')}
            factors={feasibilityFactors}
            settings={settings}
            change={change}
          />
          <AvailableBlocks systems={systems} />
        </div>
        <div>
          {entries.length === 0 ? (
            <p>{t('priorities.empty')}</p>
          ) : (
            <>
              <ul className="service-catalogue__counts" aria-label={t('priorities.countsLabel')}>
                {quadrants.map((quadrant) => (
                  <li key={quadrant}>
                    {t('priorities.quadrantCount', {
                      quadrant: t(`priorities.quadrants.${quadrant}`),
                      count: counts.get(quadrant) ?? 0,
                    })}
                  </li>
                ))}
              </ul>
              <QuadrantChart services={scored} />
            </>
          )}
        </div>
      </div>
      {entries.length > 0 && <ScoreTable services={tableServices} />}
    </>
  );
}
