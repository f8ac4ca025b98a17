import { useEffect, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { useLocation } from 'wouter';
import { loadLiveSync, useLiveSession, type Presence } from '../../state/liveSession';
import { requestReveal, useSelection } from '../../state/selection';
import { useEditorStore } from '../../state/editorStore';
import { loadLiveLink } from '../../storage/liveLinks';
import { CommentsPanel } from './CommentsPanel';
import { ShareDialog } from './ShareDialog';
import './i18n';
import './live.css';

function ParticipantItem({ presence }: { presence: Presence }) {
  const { t } = useTranslation('live');
  const step = presence.step ? t(`common:steps.${presence.step}`) : undefined;
  const where = presence.selected
    ? t('whereSelected', { step, label: presence.selected.label })
    : step && t('where', { step });
  return (
    <li className="live-participant">
      <span className="live-participant__dot" style={{ background: presence.color }} aria-hidden />
      <span className="live-participant__name" style={{ color: presence.color }}>
        {presence.self ? t('you', { name: presence.name }) : presence.name}
      </span>
      {presence.role && <span> ({t(`roles.${presence.role}`)})</span>}
      {where && <span className="live-participant__where"> — {where}</span>}
      {presence.editsDiagram && <span> — {t('editsDiagram')}</span>}
    </li>
  );
}

/** Takes a viewer to the step and selection of the referent while « suivre » is on. */
function useFollowReferent() {
  const [, navigate] = useLocation();
  const following = useLiveSession((state) => state.following);
  const referent = useLiveSession((state) =>
    state.participants.find((presence) => presence.role === 'owner' && !presence.self),
  );
  const step = referent?.step;
  const selected = referent?.selected;
  useEffect(() => {
    if (!following || !step) return;
    if (selected) requestReveal(step, { kind: selected.kind as 'field', id: selected.id });
    if (useSelection.getState().step !== step) navigate(`/${step}`);
  }, [following, step, selected, navigate]);
}

/**
 * The live workshop's strip under the prototype's bar: sharing, connection state,
 * who is here and where, comments. Reconnects a prototype shared before a reload.
 */
export function LiveBar({ prototypeId }: { prototypeId: string }) {
  const { t } = useTranslation('live');
  const [sharing, setSharing] = useState(false);
  const [commenting, setCommenting] = useState(false);
  const session = useLiveSession();
  const commentCount = useEditorStore((state) => state.prototype?.workshopComments?.length ?? 0);
  const active = session.prototypeId === prototypeId;
  useFollowReferent();

  useEffect(() => {
    const link = loadLiveLink(prototypeId);
    if (!link) return;
    let stopped = false;
    void loadLiveSync().then((sync) => {
      if (!stopped) void sync.startLive(prototypeId, link);
    });
    return () => {
      stopped = true;
      void loadLiveSync().then((sync) => sync.stopLive());
    };
  }, [prototypeId]);

  const referentHere = session.participants.some((item) => item.role === 'owner' && !item.self);
  return (
    <section className="live-bar" aria-label={t('bar')}>
      <div className="live-bar__row">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setSharing(true)}
        >
          {t('share')}
        </button>
        {active && (
          <>
            <p className={`live-bar__status live-bar__status--${session.status}`} role="status">
              {t(`status.${session.status}`)}
              {session.role && ` · ${t(`roles.${session.role}`)}`}
            </p>
            <button
              type="button"
              className="button button--ghost button--small"
              aria-expanded={commenting}
              onClick={() => setCommenting(!commenting)}
            >
              {t('comments.open', { count: commentCount })}
            </button>
            {referentHere && session.role !== 'owner' && (
              <label className="live-bar__follow">
                <input
                  type="checkbox"
                  checked={session.following}
                  onChange={(event) => useLiveSession.setState({ following: event.target.checked })}
                />
                {t('follow')}
              </label>
            )}
          </>
        )}
      </div>
      {active && session.participants.length > 0 && (
        <div className="live-bar__people">
          <h2 className="live-bar__heading">{t('participants')}</h2>
          <ul className="live-participants">
            {session.participants.map((presence) => (
              <ParticipantItem key={presence.clientId} presence={presence} />
            ))}
          </ul>
        </div>
      )}
      {session.problem && (
        <div className="banner banner--error live-bar__problem" role="alert">
          <p>{t(`problems.${session.problem}`)}</p>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => useLiveSession.setState({ problem: undefined })}
          >
            {t('dismiss')}
          </button>
        </div>
      )}
      {active && commenting && <CommentsPanel />}
      <ShareDialog prototypeId={prototypeId} open={sharing} onClose={() => setSharing(false)} />
    </section>
  );
}
