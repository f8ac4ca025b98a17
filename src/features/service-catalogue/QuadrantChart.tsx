import { memo, useId } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import {
  QUADRANT_THRESHOLD,
  type Quadrant,
  type ScoredService,
} from '../../domain/service-catalogue/scoring';

const SIZE = 400;
const MARGIN = 32;
const PLOT = SIZE - 2 * MARGIN;

const toX = (feasibility: number) => MARGIN + (feasibility / 100) * PLOT;
const toY = (impact: number) => MARGIN + PLOT - (impact / 100) * PLOT;

/** Where each quadrant's label sits: x is feasibility, y impact. */
const areas: Record<Quadrant, { feasibility: number; impact: number }> = {
  quickWins: { feasibility: 75, impact: 97 },
  strategic: { feasibility: 25, impact: 97 },
  later: { feasibility: 75, impact: 3 },
  reconsider: { feasibility: 25, impact: 3 },
};

/**
 * The services on impact (up) and feasibility (right). The picture only: the table beside
 * it says the same to those who do not see it, so the dots are hidden from screen readers.
 */
export const QuadrantChart = memo(function QuadrantChart({
  services,
}: {
  services: ScoredService[];
}) {
  const { t } = useTranslation('serviceCatalogue');
  const titleId = useId();
  const descriptionId = useId();
  const middle = { x: toX(QUADRANT_THRESHOLD), y: toY(QUADRANT_THRESHOLD) };
  return (
    <svg
      className="service-catalogue__chart"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
    >
      <title id={titleId}>{t('priorities.chartTitle')}</title>
      <desc id={descriptionId}>{t('priorities.chartDescription')}</desc>
      <rect x={MARGIN} y={MARGIN} width={PLOT} height={PLOT} className="chart__frame" />
      <rect x={middle.x} y={MARGIN} width={PLOT / 2} height={PLOT / 2} className="chart__quick" />
      <line x1={middle.x} x2={middle.x} y1={MARGIN} y2={MARGIN + PLOT} className="chart__axis" />
      <line x1={MARGIN} x2={MARGIN + PLOT} y1={middle.y} y2={middle.y} className="chart__axis" />
      {(Object.keys(areas) as Quadrant[]).map((quadrant) => (
        <text
          key={quadrant}
          x={toX(areas[quadrant].feasibility)}
          y={toY(areas[quadrant].impact)}
          textAnchor="middle"
          className="chart__label"
        >
          {t(`priorities.quadrants.${quadrant}`)}
        </text>
      ))}
      <text x={SIZE / 2} y={SIZE - 6} textAnchor="middle" className="chart__axis-label">
        {t('priorities.axisFeasibility')}
      </text>
      <text
        x={12}
        y={SIZE / 2}
        textAnchor="middle"
        transform={`rotate(-90 12 ${SIZE / 2})`}
        className="chart__axis-label"
      >
        {t('priorities.axisImpact')}
      </text>
      <g aria-hidden="true">
        {services.map((service) => (
          <circle
            key={service.id}
            cx={toX(service.feasibility.value)}
            cy={toY(service.impact.value)}
            r={services.length > 200 ? 3 : 5}
            className={`chart__dot chart__dot--${service.quadrant}`}
          />
        ))}
      </g>
    </svg>
  );
});
