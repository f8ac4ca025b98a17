import { memo } from 'react';
import { Link } from 'wouter';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { PrototypeSummary } from '../../storage/prototypeRepository';
import { fullDateTime, relativeTime } from '../../ui/relativeTime';
import { elementId, prototypeHref } from '../../ui/links';

export type CardAction = 'rename' | 'duplicate' | 'export' | 'delete';

interface PrototypeCardProps {
  prototype: PrototypeSummary;
  onAction: (action: CardAction, prototype: PrototypeSummary) => void;
}

const actions: CardAction[] = ['rename', 'duplicate', 'export', 'delete'];

/** The id of a card's title, which labels the card (spaces would split `aria-labelledby`). */
export const prototypeTitleId = (id: string) => elementId('prototype', id) + '-title';

export const PrototypeCard = memo(function PrototypeCard({
  prototype,
  onAction,
}: PrototypeCardProps) {
  const { t, i18n } = useTranslation('catalogue');
  const { id, name, status, updatedAt, doneSteps, totalSteps } = prototype;
  const titleId = prototypeTitleId(id);
  return (
    <li className="prototype-card" aria-labelledby={titleId}>
      <div className="prototype-card__head">
        <h3 id={titleId} className="prototype-card__title">
          <Link href={prototypeHref(id)}>{name}</Link>
        </h3>
        <span className={`badge badge--${status}`}>{t(`common:status.${status}`)}</span>
      </div>
      <div className="prototype-card__progress">
        <span>{t('list.steps', { done: doneSteps, total: totalSteps })}</span>
        <progress
          className="progress"
          max={totalSteps}
          value={doneSteps}
          aria-label={t('list.stepsLabel')}
        />
      </div>
      <p className="prototype-card__date">
        <time dateTime={updatedAt} title={fullDateTime(updatedAt, i18n.language)}>
          {t('list.updated', { when: relativeTime(updatedAt, i18n.language) })}
        </time>
      </p>
      <div className="button-row" role="group" aria-label={t('list.actionsFor', { name })}>
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={`button button--small ${action === 'delete' ? 'button--ghost button--danger-text' : 'button--secondary'}`}
            onClick={() => onAction(action, prototype)}
          >
            {t(`list.${action}`)}
          </button>
        ))}
      </div>
    </li>
  );
});
