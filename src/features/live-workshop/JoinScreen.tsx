import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { useLocation } from 'wouter';
import { linkFromHash } from '../../domain/live/links';
import { loadLiveSync } from '../../state/liveSession';
import { loadParticipant } from '../../storage/liveLinks';
import './i18n';

/**
 * Opens a share link: the person gives their name, the shared prototype is taken into
 * this browser, and it opens live. The link's secret stays in the address's fragment.
 */
export default function JoinScreen() {
  const { t } = useTranslation('live');
  const [, navigate] = useLocation();
  const [link] = useState(() => linkFromHash(location.hash));
  const [name, setName] = useState(() => loadParticipant()?.name ?? '');
  const [error, setError] = useState<string>();
  const [joining, setJoining] = useState(false);

  if (!link) {
    return (
      <div className="page">
        <h1>{t('join.title')}</h1>
        <p role="alert">{t('join.invalidLink')}</p>
      </div>
    );
  }

  const join = async () => {
    if (name.trim() === '') {
      setError(t('join.nameRequired'));
      return;
    }
    setError(undefined);
    setJoining(true);
    const { joinRoom } = await loadLiveSync();
    const outcome = await joinRoom(link, name.trim());
    setJoining(false);
    if (outcome.kind === 'joined')
      navigate(`~/p/${outcome.prototypeId}/purpose`, { replace: true });
    else if (outcome.kind === 'invalid-content') setError(t('join.invalidContent'));
    else
      setError(
        t('join.refused', {
          reason: t(`problems.${outcome.reason}`, { defaultValue: outcome.reason }),
        }),
      );
  };

  return (
    <div className="page">
      <h1>{t('join.title')}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void join();
        }}
      >
        <div className={`field${error ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor="live-join-name">
            {t('join.name')}
          </label>
          <p id="live-join-help" className="field__help">
            {t('join.nameHelp')}
          </p>
          <input
            type="text"
            id="live-join-name"
            value={name}
            maxLength={60}
            autoComplete="name"
            aria-describedby="live-join-help"
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button" disabled={joining}>
          {t('join.submit')}
        </button>
        {joining && <p role="status">{t('join.joining')}</p>}
      </form>
    </div>
  );
}
