import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import {
  addServiceToEvent,
  eventNameProblem,
  moveEvent,
  moveService,
  removeEvent,
  removeServiceFromEvent,
  renameEvent,
  type Journey,
  type LifeEventMap,
  type MapChange,
} from '../../domain/service-catalogue/lifeEvents';
import type { ServiceEntry } from '../../domain/service-catalogue/schema';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextField } from '../../ui/TextField';
import { LevelBadge } from './LevelBadge';
import './lifeEventsI18n';
import { serviceCataloguePaths } from './paths';

export interface JourneyProps {
  journey: Journey;
  /** Its place among the events, and how many there are. */
  index: number;
  count: number;
  map: LifeEventMap;
  entries: ServiceEntry[];
  save: (change: MapChange, focus?: { key: string; fallback?: string }) => void;
}

const focusKey = (event: string, what: string) => `${event}\n${what}`;

function RenameForm({
  journey,
  map,
  entries,
  save,
  close,
}: Omit<JourneyProps, 'index' | 'count'> & { close: () => void }) {
  const { t } = useTranslation('lifeEvents');
  const [name, setName] = useState(journey.name);
  const [problem, setProblem] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = eventNameProblem(map, entries, name, journey.name);
    if (found) {
      setProblem(t(`problems.${found}`));
      return;
    }
    save(renameEvent(map, entries, journey.name, name), {
      key: focusKey(name.trim(), 'rename'),
    });
    close();
  };
  return (
    <form className="life-events__rename" onSubmit={submit} noValidate>
      <TextField
        label={t('renameField', { event: journey.name })}
        value={name}
        onChange={(value) => {
          setName(value);
          setProblem(undefined);
        }}
        error={problem}
        required
        autoFocus
      />
      <button type="submit" className="button">
        {t('renameSave')}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={close}>
        {t('renameCancel')}
      </button>
    </form>
  );
}

function AddService({ journey, map, entries, save }: Omit<JourneyProps, 'index' | 'count'>) {
  const { t } = useTranslation('lifeEvents');
  const id = useId();
  const [chosen, setChosen] = useState('');
  const candidates = entries.filter(
    (entry) => !journey.services.some((member) => member.id === entry.id),
  );
  if (candidates.length === 0) return null;
  const add = (event: FormEvent) => {
    event.preventDefault();
    const entry = candidates.find((candidate) => candidate.id === chosen);
    if (!entry) return;
    save(addServiceToEvent(map, entries, journey.name, entry), {
      key: focusKey(journey.name, 'add-service'),
    });
    setChosen('');
  };
  return (
    <form className="life-events__add-service" onSubmit={add}>
      <label htmlFor={id} className="field__label">
        {t('addService', { event: journey.name })}
      </label>
      <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">{t('chooseService')}</option>
        {candidates.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
      </select>{' '}
      <button
        type="submit"
        className="button button--secondary"
        aria-label={t('addServiceButtonLabel', { event: journey.name })}
        data-focus-key={focusKey(journey.name, 'add-service')}
        disabled={chosen === ''}
      >
        {t('addServiceButton')}
      </button>
    </form>
  );
}

/** One life event: its services in the order a person meets them, each with its level. */
export function JourneySection(props: JourneyProps) {
  const { journey, index, count, map, entries, save } = props;
  const { t } = useTranslation('lifeEvents');
  const headingId = useId();
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const event = journey.name;
  const online = journey.services.filter((entry) => entry.level === 4).length;
  const moveEventBy = (by: -1 | 1) =>
    save(
      { map: moveEvent(map, entries, event, by), entries: [] },
      {
        key: focusKey(event, by < 0 ? 'up' : 'down'),
        fallback: focusKey(event, by < 0 ? 'down' : 'up'),
      },
    );
  const moveServiceBy = (entry: ServiceEntry, by: -1 | 1) =>
    save(
      { map: moveService(map, entries, event, entry.id, by), entries: [] },
      {
        key: focusKey(event, `${entry.id}:${by}`),
        fallback: focusKey(event, `${entry.id}:${-by}`),
      },
    );
  return (
    <section className="life-events__event" aria-labelledby={headingId}>
      <h2 id={headingId}>{event}</h2>
      <p>{t('online', { online, count: journey.services.length })}</p>
      <div className="life-events__event-actions">
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('eventUpLabel', { event })}
          data-focus-key={focusKey(event, 'up')}
          disabled={index === 0}
          onClick={() => moveEventBy(-1)}
        >
          {t('eventUp')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('eventDownLabel', { event })}
          data-focus-key={focusKey(event, 'down')}
          disabled={index === count - 1}
          onClick={() => moveEventBy(1)}
        >
          {t('eventDown')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('renameLabel', { event })}
          aria-expanded={renaming}
          data-focus-key={focusKey(event, 'rename')}
          onClick={() => setRenaming((open) => !open)}
        >
          {t('rename')}
        </button>
        <button
          type="button"
          className="button button--danger"
          aria-label={t('deleteLabel', { event })}
          onClick={() => setDeleting(true)}
        >
          {t('delete')}
        </button>
      </div>
      {renaming && <RenameForm {...props} close={() => setRenaming(false)} />}
      {journey.services.length === 0 ? (
        <p>{t('noServices')}</p>
      ) : (
        <ol className="life-events__journey" aria-label={t('journey', { event })}>
          {journey.services.map((entry, position) => (
            <li key={entry.id} className={`life-events__step level-step--${entry.level}`}>
              <span className="life-events__position">{t('step', { position: position + 1 })}</span>
              <Link href={serviceCataloguePaths.entry(entry.id)}>{entry.name}</Link>
              <LevelBadge level={entry.level} />
              <span className="life-events__step-actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('earlierLabel', { service: entry.name, event })}
                  data-focus-key={focusKey(event, `${entry.id}:-1`)}
                  disabled={position === 0}
                  onClick={() => moveServiceBy(entry, -1)}
                >
                  {t('earlier')}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('laterLabel', { service: entry.name, event })}
                  data-focus-key={focusKey(event, `${entry.id}:1`)}
                  disabled={position === journey.services.length - 1}
                  onClick={() => moveServiceBy(entry, 1)}
                >
                  {t('later')}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('removeLabel', { service: entry.name, event })}
                  onClick={() =>
                    save(removeServiceFromEvent(map, entries, event, entry), {
                      key: focusKey(event, 'add-service'),
                    })
                  }
                >
                  {t('remove')}
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <AddService {...props} />
      <ConfirmDialog
        open={deleting}
        title={t('deleteConfirm', { event })}
        message={t('deleteMessage', { count: journey.services.length })}
        confirmLabel={t('delete')}
        danger
        onConfirm={() => {
          setDeleting(false);
          save(removeEvent(map, entries, event));
        }}
        onCancel={() => setDeleting(false)}
      />
    </section>
  );
}
