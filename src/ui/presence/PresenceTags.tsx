import { useTranslation } from '../i18n/useTranslation';
import './presence.css';

/**
 * The other workshop participants who have this field (or status) selected: each one's
 * name on their colour. Names are given by people, so they are rendered as text only.
 */
export function PresenceTags({
  others,
}: {
  others: readonly { clientId: number; name: string; color: string }[];
}) {
  const { t } = useTranslation();
  if (others.length === 0) return null;
  return (
    <span className="presence-tags">
      {others.map((presence) => (
        <span
          key={presence.clientId}
          className="presence-tag"
          style={{ background: presence.color }}
          title={t('presence.selectedBy', { name: presence.name })}
        >
          <span className="visually-hidden">{t('presence.selectedByPrefix')} </span>
          {presence.name}
        </span>
      ))}
    </span>
  );
}
