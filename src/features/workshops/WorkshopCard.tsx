import { useId } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import type { VersionSummary } from '../../domain/versions/schema';
import { removeWorkshop, startWorkshop, updateWorkshop } from '../../domain/workshops/commands';
import { runningWorkshop, workshopState } from '../../domain/workshops/rules';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { fullDateTime } from '../../ui/relativeTime';
import { AgendaEditor } from './AgendaEditor';
import { AttendeesField } from './AttendeesField';
import { EndedWorkshopRecord } from './EndedWorkshopRecord';
import { useSelectWhen } from './useSelectWhen';
import { withQuery } from '../../ui/links';
import { focusWhenShown } from '../../ui/focusWhenShown';

const durations = [60, 90, 120, 150, 180, 240];

/** One workshop: when, for how long, who attends, its agenda; started from here. */
export function WorkshopCard({
  id,
  versions,
  selectTitle = false,
}: {
  id: string;
  versions: readonly VersionSummary[];
  /** Just planned: its title gets the focus, selected. */
  selectTitle?: boolean;
}) {
  const { t, i18n } = useTranslation('workshops');
  const titleRef = useSelectWhen<HTMLInputElement>(selectTitle);
  const titleId = useId();
  const dateId = useId();
  const workshop = useEditorStore((state) => state.prototype?.workshops.find((w) => w.id === id));
  const anotherRunning = useEditorStore((state) => {
    const running = state.prototype ? runningWorkshop(state.prototype.workshops) : undefined;
    return running !== undefined && running.id !== id;
  });
  if (!workshop) return null;
  const state = workshopState(workshop);
  const versionNumber = versions.find((version) => version.id === workshop.versionId)?.number;
  const change = (changes: Parameters<typeof updateWorkshop>[0]['changes']) =>
    execute(updateWorkshop({ id, changes }));
  const durationOptions = [...new Set([...durations, workshop.durationMinutes])]
    .sort((a, b) => a - b)
    .map((minutes) => ({ value: String(minutes), label: t('plan.minutes', { count: minutes }) }));

  return (
    <article className={`workshop-card workshop-card--${state}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="workshop-card__title">
        {workshop.title}{' '}
        <span className={`badge workshop-card__state--${state}`}>{t(`plan.states.${state}`)}</span>
      </h3>
      {state === 'ended' && workshop.endedAt && (
        <p>
          {t('plan.endedOn', { date: fullDateTime(workshop.endedAt, i18n.language) })}
          {versionNumber !== undefined && workshop.versionId !== undefined && (
            <>
              {' · '}
              <Link href={withQuery('/workshops', { version: workshop.versionId })}>
                {t('plan.version', { number: versionNumber })}
              </Link>
            </>
          )}
        </p>
      )}
      <div className="workshop-card__settings">
        <TextField
          label={t('plan.titleLabel')}
          value={workshop.title}
          inputRef={titleRef}
          onChange={(title) => change({ title })}
        />
        <div className="field">
          <label className="field__label" htmlFor={dateId}>
            {t('plan.date')}
          </label>
          <input
            id={dateId}
            type="date"
            value={workshop.date}
            onChange={(event) => change({ date: event.target.value })}
          />
        </div>
        <SelectField
          label={t('plan.duration')}
          value={String(workshop.durationMinutes)}
          options={durationOptions}
          onChange={(value) => change({ durationMinutes: Number(value) })}
        />
      </div>
      {state === 'ended' ? (
        <EndedWorkshopRecord workshop={workshop} />
      ) : (
        <>
          <AttendeesField workshop={workshop} />
          <AgendaEditor workshop={workshop} />
        </>
      )}
      <div className="button-row">
        {state === 'planned' && (
          <>
            <button
              type="button"
              className="button"
              disabled={anotherRunning}
              onClick={() => {
                if (execute(startWorkshop({ id, at: new Date().toISOString() }))) {
                  focusWhenShown('running-title');
                }
              }}
            >
              {t('plan.start')}
              <span className="visually-hidden">
                {' '}
                {t('plan.quoted', { title: workshop.title })}
              </span>
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => execute(removeWorkshop({ id }))}
            >
              {t('plan.remove')}
              <span className="visually-hidden">
                {' '}
                {t('plan.quoted', { title: workshop.title })}
              </span>
            </button>
          </>
        )}
      </div>
    </article>
  );
}
