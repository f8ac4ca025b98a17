import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { closeAgendaItem } from '../../domain/workshops/agendaCommands';
import { runningWorkshop } from '../../domain/workshops/rules';
import type { Workshop } from '../../domain/workshops/schema';
import { formatDuration, workshopTiming } from '../../domain/workshops/timer';
import { useNow } from '../../state/clock';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { EndWorkshopDialog } from './EndWorkshopDialog';
import { NotesAndDecisions } from './NotesAndDecisions';

/** The big timer and the agenda point in progress; only this part re-renders each second. */
function Timer({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const now = useNow();
  const timing = workshopTiming(workshop, now);
  const over = timing.remainingMs < 0;
  const item = timing.currentItem;
  const itemLeft = timing.itemRemainingMs ?? 0;
  return (
    <div className="running__clock">
      <div className="running__timer-box">
        <p className="running__label">{over ? t('run.overrun') : t('run.timeLeft')}</p>
        <p className={over ? 'running__timer running__timer--over' : 'running__timer'} role="timer">
          {over
            ? t('run.timerOver', { time: formatDuration(-timing.remainingMs) })
            : t('run.timer', { time: formatDuration(timing.remainingMs) })}
        </p>
      </div>
      <div className="running__agenda">
        <p className="running__label">{t('run.currentItem')}</p>
        {workshop.agenda.length === 0 && <p>{t('run.noAgenda')}</p>}
        {workshop.agenda.length > 0 && !item && <p>{t('run.agendaDone')}</p>}
        {item && (
          <>
            <p className="running__item">{item.title}</p>
            <p>
              {itemLeft >= 0
                ? t('run.itemTimeLeft', { time: formatDuration(itemLeft) })
                : t('run.itemBehind', { time: formatDuration(-itemLeft) })}
            </p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                execute(
                  closeAgendaItem({
                    workshopId: workshop.id,
                    itemId: item.id,
                    at: new Date().toISOString(),
                  }),
                )
              }
            >
              {t('run.next')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}

/** The workshop in progress: time left, agenda, notes and decisions, and its end. */
export function RunningWorkshop() {
  const { t } = useTranslation('workshops');
  const workshop = useEditorStore((state) =>
    state.prototype ? runningWorkshop(state.prototype.workshops) : undefined,
  );
  const [ending, setEnding] = useState(false);
  if (!workshop) return null;
  return (
    <section className="running" aria-labelledby="running-title">
      <h2 id="running-title">{t('run.title', { title: workshop.title })}</h2>
      <Timer workshop={workshop} />
      <NotesAndDecisions workshop={workshop} />
      <button type="button" className="button" onClick={() => setEnding(true)}>
        {t('run.end')}
      </button>
      <EndWorkshopDialog workshop={workshop} open={ending} onClose={() => setEnding(false)} />
    </section>
  );
}
