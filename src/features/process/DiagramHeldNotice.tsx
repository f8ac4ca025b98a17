import { useTranslation } from '../../ui/i18n/useTranslation';
import { liveLimits } from '../../domain/live/limits';
import { useLiveSession } from '../../state/liveSession';

/**
 * In a live workshop one person edits the diagram at a time: the others are told who holds
 * it before they try, rather than seeing their change refused afterwards.
 */
export function DiagramHeldNotice() {
  const { t } = useTranslation('process');
  const holder = useLiveSession((state) =>
    state.participants.find((presence) => presence.editsDiagram && !presence.self),
  );
  if (!holder) return null;
  return (
    <p className="banner banner--warning process__banner" role="status">
      {t('heldByOther', { name: holder.name, seconds: liveLimits.diagramIdleMs / 1000 })}
    </p>
  );
}
