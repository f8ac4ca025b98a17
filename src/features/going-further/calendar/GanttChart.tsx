import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { Schedule, Span } from '../../../domain/going-further/calendar/schedule';
import { operationName } from '../../../domain/going-further/calendar/messages';
import type { Operation } from '../../../domain/going-further/operations/schema';

/** A bar's place on the chart, in percent of the deployment's length. */
function place(span: Span, total: number) {
  return {
    left: `${(span.startOffset / total) * 100}%`,
    width: `${((span.endOffset - span.startOffset + 1) / total) * 100}%`,
  };
}

/**
 * The calendar drawn as a Gantt chart: a bar per operation and per phase, a mark per
 * review. A picture for those who see it; the table that follows says the same in text.
 */
export function GanttChart({
  schedule,
  operations,
}: {
  schedule: Schedule;
  operations: readonly Operation[];
}) {
  const { t } = useTranslation('goingFurther-calendar');
  const total = Math.max(1, (schedule.end?.endOffset ?? 0) + 1);
  const rows = [
    ...schedule.operations.map(({ operation, span }) => ({
      key: operation.id,
      label: operationName(operations, operation.id, t),
      span,
      kind: 'operation',
    })),
    ...schedule.phases.map((phase) => ({
      key: phase.kind,
      label: t(`phases.${phase.kind}`),
      span: phase as Span | undefined,
      kind: phase.kind,
    })),
  ];
  return (
    <figure className="gantt" role="img" aria-label={t('chart.label')}>
      <div className="gantt__milestones">
        {schedule.milestones.map(
          (milestone) =>
            milestone.offset !== undefined && (
              <span
                key={milestone.id}
                className="gantt__milestone"
                title={t('chart.milestone', { name: milestone.name })}
                style={{ left: `${((milestone.offset + 1) / total) * 100}%` }}
              >
                ◆
              </span>
            ),
        )}
      </div>
      {rows.map((row) => (
        <div key={row.key} className="gantt__row">
          <span className="gantt__label">{row.label}</span>
          <span className="gantt__track">
            {row.span ? (
              <span
                className={`gantt__bar gantt__bar--${row.kind}`}
                style={place(row.span, total)}
              />
            ) : (
              <span className="gantt__unplaced">{t('unplaced')}</span>
            )}
          </span>
        </div>
      ))}
    </figure>
  );
}
