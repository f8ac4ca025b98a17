import { useAnnouncer } from './state/announcer';

/** The designer's live region, for keyboard moves: always in the page, so every message is read. */
export function Announcer() {
  const message = useAnnouncer((state) => state.message);
  const serial = useAnnouncer((state) => state.serial);
  // The same sentence twice in a row is still a new message: vary it invisibly.
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {serial % 2 ? message : `${message}\u00a0`}
    </div>
  );
}
