import { memo, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import {
  addDependency,
  removeDependency,
  setTaskDeliverable,
  setTaskDuration,
} from '../../../domain/going-further/calendar/commands';
import { operationName, spanDays } from '../../../domain/going-further/calendar/messages';
import type { Schedule, ScheduledOperation } from '../../../domain/going-further/calendar/schedule';
import { durationBounds } from '../../../domain/going-further/calendar/validation';
import type { Operation } from '../../../domain/going-further/operations/schema';
import type { DocumentWords } from '../../../domain/going-further/words';
import { execute } from '../../../state/commands';
import { DaysField } from './DaysField';

interface PickerProps {
  operationId: string;
  name: string;
  operations: readonly Operation[];
  dependsOn: readonly string[];
}

/**
 * Adds an operation this one waits for: a button, then the list of the others. Apart and
 * memoised: a change of duration moves many rows' days but none of their choices.
 */
const DependencyPicker = memo(function DependencyPicker({
  operationId,
  name,
  operations,
  dependsOn,
}: PickerProps) {
  const { t } = useTranslation('goingFurther-calendar');
  // The list is drawn when asked for: 200 operations would otherwise draw 40 000 choices.
  const [open, setOpen] = useState(false);
  // Named with their place in the list once, not looked up for each option.
  const candidates = operations.flatMap((other, index) =>
    other.id === operationId || dependsOn.includes(other.id)
      ? []
      : [{ id: other.id, name: other.name.trim() || t('operation', { number: index + 1 }) }],
  );
  if (candidates.length === 0) return null;
  if (!open)
    return (
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => setOpen(true)}
      >
        {t('task.addDependency', { operation: name })}
      </button>
    );
  return (
    <select
      aria-label={t('task.addDependency', { operation: name })}
      // It takes the place of the button just pressed, so the focus goes on to it.
      autoFocus
      value=""
      onBlur={() => setOpen(false)}
      onChange={(event) => {
        if (!event.target.value) return;
        execute(addDependency({ operationId, dependencyId: event.target.value }));
        setOpen(false);
      }}
    >
      <option value="">{t('task.choose')}</option>
      {candidates.map((other) => (
        <option key={other.id} value={other.id}>
          {other.name}
        </option>
      ))}
    </select>
  );
});

interface RowProps {
  item: ScheduledOperation;
  operations: readonly Operation[];
  words: DocumentWords;
  /** Set when a loop holds the operation: said in its row. */
  looped: boolean;
}

/** One operation's timing: its days (computed), its duration, what it waits for, its deliverable. */
const TaskRow = memo(function TaskRow({ item, operations, words, looped }: RowProps) {
  const { t } = useTranslation('goingFurther-calendar');
  const { operation, task, span } = item;
  const name = operationName(operations, operation.id, t);
  const [start, end] = spanDays(span, words);
  const dependencies = task.dependsOn.filter((id) => operations.some((other) => other.id === id));
  return (
    <tr className={looped ? 'calendar-table__row--wrong' : undefined}>
      <th scope="row">{name}</th>
      <td>{start}</td>
      <td>{end}</td>
      <td>
        <DaysField
          compact
          label={t('task.duration', { operation: name })}
          value={task.durationDays}
          bounds={durationBounds}
          onChange={(days) => execute(setTaskDuration({ operationId: operation.id, days }))}
        />
      </td>
      <td>
        {dependencies.length === 0 && <span className="field__help">{t('task.none')}</span>}
        <ul className="calendar-table__dependencies">
          {dependencies.map((id) => {
            const dependency = operationName(operations, id, t);
            return (
              <li key={id}>
                {dependency}{' '}
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={t('task.removeDependency', { dependency, operation: name })}
                  onClick={() =>
                    execute(removeDependency({ operationId: operation.id, dependencyId: id }))
                  }
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
        <DependencyPicker
          operationId={operation.id}
          name={name}
          operations={operations}
          dependsOn={task.dependsOn}
        />
      </td>
      <td>
        <input
          type="text"
          aria-label={t('task.deliverable', { operation: name })}
          value={task.deliverable}
          maxLength={2000}
          onChange={(event) =>
            execute(
              setTaskDeliverable({ operationId: operation.id, deliverable: event.target.value }),
            )
          }
        />
      </td>
    </tr>
  );
});

/**
 * The calendar as a table, where it is edited: each operation with its computed days, then
 * the phases after them. It is also the chart's text alternative.
 */
export function CalendarTable({
  schedule,
  operations,
  words,
}: {
  schedule: Schedule;
  operations: readonly Operation[];
  words: DocumentWords;
}) {
  const { t } = useTranslation('goingFurther-calendar');
  const looped = new Set(
    schedule.problems.flatMap((problem) =>
      problem.kind === 'loop' ? [...problem.operationIds, ...problem.blockedIds] : [],
    ),
  );
  return (
    <div className="calendar-table__scroll">
      <table className="calendar-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.operation')}</th>
            <th scope="col">{t('table.start')}</th>
            <th scope="col">{t('table.end')}</th>
            <th scope="col">{t('table.duration')}</th>
            <th scope="col">{t('table.dependsOn')}</th>
            <th scope="col">{t('table.deliverable')}</th>
          </tr>
        </thead>
        <tbody>
          {schedule.operations.map((item) => (
            <TaskRow
              key={item.operation.id}
              item={item}
              operations={operations}
              words={words}
              looped={looped.has(item.operation.id)}
            />
          ))}
          {schedule.phases.map((phase) => {
            const [start, end] = spanDays(phase, words);
            return (
              <tr key={phase.kind} className="calendar-table__phase">
                <th scope="row">{t(`phases.${phase.kind}`)}</th>
                <td>{start}</td>
                <td>{end}</td>
                <td>{phase.endOffset - phase.startOffset + 1}</td>
                <td />
                <td />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
