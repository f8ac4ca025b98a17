import { useId, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { newId } from '../../domain/ids';
import {
  addAgendaItem,
  moveAgendaItem,
  removeAgendaItem,
  updateAgendaItem,
} from '../../domain/workshops/agendaCommands';
import { isAgendaTooLong, plannedMinutes } from '../../domain/workshops/rules';
import type { AgendaItem, Workshop } from '../../domain/workshops/schema';
import { execute } from '../../state/commands';
import { NumberInput } from '../../ui/NumberInput';
import { useSelectWhen } from './useSelectWhen';

function AgendaRow({
  workshopId,
  item,
  number,
  last,
  select,
}: {
  workshopId: string;
  item: AgendaItem;
  number: number;
  last: boolean;
  /** Just added: its subject gets the focus, selected. */
  select: boolean;
}) {
  const { t } = useTranslation('workshops');
  const titleRef = useSelectWhen<HTMLInputElement>(select);
  const titleId = useId();
  const minutesId = useId();
  const label = item.title || t('plan.agendaItem', { number });
  const change = (changes: Partial<Omit<AgendaItem, 'id'>>) =>
    execute(updateAgendaItem({ workshopId, itemId: item.id, changes }));
  const move = (offset: -1 | 1) => execute(moveAgendaItem({ workshopId, itemId: item.id, offset }));
  return (
    <li className={item.done ? 'agenda__item agenda__item--done' : 'agenda__item'}>
      <label className="visually-hidden" htmlFor={titleId}>
        {t('plan.agendaItem', { number })} — {t('plan.agendaItemTitle')}
      </label>
      <input
        ref={titleRef}
        id={titleId}
        type="text"
        value={item.title}
        onChange={(event) => change({ title: event.target.value })}
      />
      <label className="visually-hidden" htmlFor={minutesId}>
        {t('plan.agendaItem', { number })} — {t('plan.agendaItemMinutes')}
      </label>
      <NumberInput
        id={minutesId}
        min={0}
        max={480}
        step={5}
        integer
        className="agenda__minutes"
        value={item.minutes}
        onChange={(minutes) => change({ minutes })}
      />
      <span aria-hidden="true">min</span>
      <button
        type="button"
        className="button button--ghost button--small"
        disabled={number === 1}
        onClick={() => move(-1)}
        aria-label={t('plan.moveUp', { title: label })}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--ghost button--small"
        disabled={last}
        onClick={() => move(1)}
        aria-label={t('plan.moveDown', { title: label })}
      >
        ↓
      </button>
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => execute(removeAgendaItem({ workshopId, itemId: item.id }))}
        aria-label={t('plan.removeItem', { title: label })}
      >
        ×
      </button>
    </li>
  );
}

/** The agenda: topics with their planned minutes, reordered with buttons (keyboard-friendly). */
export function AgendaEditor({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const planned = plannedMinutes(workshop);
  const [added, setAdded] = useState<string>();
  const add = () => {
    const id = newId();
    const item = { id, title: t('plan.newItem'), minutes: 30, done: false };
    if (execute(addAgendaItem({ workshopId: workshop.id, item }))) setAdded(id);
  };
  return (
    <fieldset className="agenda">
      <legend>{t('plan.agenda')}</legend>
      <ol className="agenda__list">
        {workshop.agenda.map((item, index) => (
          <AgendaRow
            key={item.id}
            workshopId={workshop.id}
            item={item}
            number={index + 1}
            last={index === workshop.agenda.length - 1}
            select={item.id === added}
          />
        ))}
      </ol>
      <p
        className={
          isAgendaTooLong(workshop) ? 'agenda__total agenda__total--over' : 'agenda__total'
        }
      >
        {t('plan.agendaTotal', { planned, duration: workshop.durationMinutes })}
        {isAgendaTooLong(workshop) &&
          ` — ${t('plan.agendaTooLong', { over: planned - workshop.durationMinutes })}`}
      </p>
      <button type="button" className="button button--secondary button--small" onClick={add}>
        {t('plan.addItem')}
      </button>
    </fieldset>
  );
}
