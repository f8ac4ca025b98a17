import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { shareLinkUrl, sharedRoles } from '../../domain/live/links';
import type { LinkRole } from '../../domain/live/roles';
import { loadLiveSync, useLiveSession } from '../../state/liveSession';
import { notify } from '../../state/notifications';
import { loadParticipant, loadServerUrl, storeServerUrl } from '../../storage/liveLinks';
import { Dialog } from '../../ui/Dialog';
import { QrCode } from './QrCode';

const defaultServer = 'ws://localhost:1234';

function LinkRow({ role, url }: { role: LinkRole; url: string }) {
  const { t } = useTranslation('live');
  const [qr, setQr] = useState(false);
  const label = t(`dialog.linkFor.${role}`);
  const inputId = `live-link-${role}`;
  const copy = async () => {
    await navigator.clipboard?.writeText(url);
    notify({ tone: 'success', messageKey: 'live:dialog.copied', timeoutMs: 3000 });
  };
  return (
    <li className="live-link">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <div className="live-link__row">
        <input
          type="text"
          id={inputId}
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void copy()}
        >
          {t('dialog.copy')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={qr}
          onClick={() => setQr(!qr)}
        >
          {t('dialog.showQr')}
        </button>
        <button
          type="button"
          className="button button--danger button--small"
          title={t('dialog.revokeTitle')}
          onClick={() => void loadLiveSync().then((sync) => sync.revokeLink(role))}
        >
          {t('dialog.revoke')}
        </button>
      </div>
      {qr && <QrCode text={url} label={t('dialog.qrFor', { role: t(`roles.${role}`) })} />}
    </li>
  );
}

/** The referent's sharing: the server, one link (and QR code) per role, revoke, end. */
export function ShareDialog({
  prototypeId,
  open,
  onClose,
}: {
  prototypeId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('live');
  const session = useLiveSession();
  const [server, setServer] = useState(() => loadServerUrl() ?? defaultServer);
  const [name, setName] = useState(() => loadParticipant()?.name || t('dialog.defaultName'));
  const [error, setError] = useState<string>();
  const shared = session.prototypeId === prototypeId;

  const start = () => {
    if (!/^wss?:\/\/\S+$/.test(server.trim())) {
      setError(t('dialog.serverInvalid'));
      return;
    }
    setError(undefined);
    storeServerUrl(server.trim());
    const shownName = name.trim() || t('dialog.defaultName');
    void loadLiveSync().then((sync) =>
      sync.shareOpenPrototype(prototypeId, server.trim(), shownName),
    );
  };

  const end = () => {
    void loadLiveSync().then((sync) => sync.endSharing());
    onClose();
  };

  let body;
  if (!shared) {
    body = (
      <>
        <div className="field">
          <label className="field__label" htmlFor="live-referent-name">
            {t('dialog.name')}
          </label>
          <p id="live-referent-name-help" className="field__help">
            {t('dialog.nameHelp')}
          </p>
          <input
            type="text"
            id="live-referent-name"
            value={name}
            maxLength={60}
            aria-describedby="live-referent-name-help"
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="live-server">
            {t('dialog.server')}
          </label>
          <p id="live-server-help" className="field__help">
            {t('dialog.serverHelp')}
          </p>
          <input
            type="text"
            id="live-server"
            value={server}
            aria-describedby={error ? 'live-server-help live-server-error' : 'live-server-help'}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setServer(event.target.value)}
          />
          {error && (
            <p id="live-server-error" className="field__error">
              {error}
            </p>
          )}
        </div>
      </>
    );
  } else if (session.links && session.serverUrl && session.roomId) {
    const { serverUrl, roomId, links } = session;
    body = (
      <ul className="live-links">
        {sharedRoles.map((role) => (
          <LinkRow
            key={role}
            role={role}
            url={shareLinkUrl(location.origin, { serverUrl, roomId, secret: links[role] })}
          />
        ))}
      </ul>
    );
  } else {
    body = <p>{t('dialog.notOwner', { role: t(`roles.${session.role ?? 'viewer'}`) })}</p>;
  }

  return (
    <Dialog
      open={open}
      title={t('dialog.title')}
      onClose={onClose}
      actions={
        <>
          {!shared && (
            <button type="button" className="button" onClick={start}>
              {t('dialog.start')}
            </button>
          )}
          {shared && session.links && (
            <button type="button" className="button button--danger" onClick={end}>
              {t('dialog.end')}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common:actions.close')}
          </button>
        </>
      }
    >
      <p>{t('dialog.intro')}</p>
      {body}
    </Dialog>
  );
}
