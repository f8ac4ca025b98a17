import { memo, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import { removeException } from '../../domain/exceptions/commands';
import type { PrototypeException } from '../../domain/exceptions/schema';
import { execute, undoOfLastChange } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { notify } from '../../state/notifications';
import { requestReveal, select, useSelection } from '../../state/selection';
import { ContextLabel } from './ContextLabel';
import { ExceptionEditor } from './ExceptionEditor';
import { ExceptionVotes } from './ExceptionVotes';

/** One exception: what it is, where it was seen, what was decided; opens to be completed. */
export const ExceptionCard = memo(function ExceptionCard({
  exception,
  revealed,
}: {
  exception: PrototypeException;
  /** Set (a new object each time) when a link points at this exception: it opens, focused. */
  revealed?: object;
}) {
  const { t } = useTranslation('exceptions');
  const [open, setOpenState] = useState(false);
  // The exception open is what is selected: comments in a live workshop are about it.
  const setOpen = (next: boolean) => {
    setOpenState(next);
    if (next) select({ kind: 'exception', id: exception.id, label: exception.title });
    else if (useSelection.getState().selected?.id === exception.id) select(undefined);
  };
  const editorId = useId();
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!revealed) return;
    setOpenState(true);
    // jsdom has no scrollIntoView.
    title.current?.scrollIntoView?.({ block: 'start' });
    title.current?.focus({ preventScroll: true });
  }, [revealed]);
  const raisedBy = useEditorStore(
    (state) => state.prototype?.team.find((person) => person.id === exception.raisedById)?.name,
  );
  const workshop = useEditorStore(
    (state) => state.prototype?.workshops.find((item) => item.id === exception.workshopId)?.title,
  );
  const undecided = exception.decision === undefined;
  const frequency =
    exception.frequency === 'share'
      ? t('frequency.shareValue', { percent: exception.sharePercent ?? 0 })
      : t(`frequency.${exception.frequency}`);
  const tone = undecided ? 'undecided' : exception.status === 'resolved' ? 'resolved' : 'decided';

  const remove = () => {
    if (!execute(removeException({ id: exception.id }))) return;
    notify({
      tone: 'info',
      messageKey: 'exceptions:list.deleted',
      params: { title: exception.title },
      timeoutMs: 8000,
      action: { labelKey: 'exceptions:list.undo', run: undoOfLastChange() },
    });
  };

  return (
    <article className={`exception-card exception-card--${tone}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="exception-card__title" tabIndex={-1} ref={title}>
        {exception.title}
      </h2>
      <ul className="exception-card__meta">
        <li className="badge">{frequency}</li>
        <li className={undecided ? 'badge badge--warning' : 'badge'}>
          {undecided ? t('decision.none') : t(`decision.${exception.decision}`)}
        </li>
        <li className={exception.status === 'resolved' ? 'badge badge--success' : 'badge'}>
          {t(`status.${exception.status}`)}
        </li>
      </ul>
      <p className="exception-card__where">
        {t('list.concerns')}
        <Link
          href={`/${exception.context.step}`}
          onClick={() => {
            const { step, target } = exception.context;
            if (target && step !== 'try-out') requestReveal(step, target);
          }}
        >
          <ContextLabel context={exception.context} />
        </Link>
        {workshop && ` · ${t('list.workshop', { title: workshop })}`}
        {raisedBy && ` · ${t('list.raisedBy', { name: raisedBy })}`}
      </p>
      {exception.description && <p>{exception.description}</p>}
      {undecided && <p className="exception-card__hint">{t('list.noDecisionHint')}</p>}
      <ExceptionVotes exception={exception} />
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={open}
          aria-controls={editorId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('list.close') : t('list.edit', { title: exception.title })}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={remove}>
          {t('list.delete')}
          <span className="visually-hidden"> {t('list.quoted', { title: exception.title })}</span>
        </button>
      </div>
      <div id={editorId} hidden={!open}>
        {open && <ExceptionEditor exception={exception} />}
      </div>
    </article>
  );
});
