import { useMemo } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import {
  addEvent,
  eventNameProblem,
  journeys,
  type LifeEventMap,
} from '../../domain/service-catalogue/lifeEvents';
import {
  digitisationLevels,
  SERVICE_NAME_MAX_LENGTH,
  type ServiceEntry,
} from '../../domain/service-catalogue/schema';
import { NameForm } from '../../ui/NameForm';
import { JourneySection } from './JourneySection';
import { LevelBadge } from './LevelBadge';
import './lifeEventsI18n';
import { useMapSaver } from './useMapSaver';

function AddEventForm({
  map,
  entries,
  save,
}: {
  map: LifeEventMap;
  entries: ServiceEntry[];
  save: ReturnType<typeof useMapSaver>;
}) {
  const { t } = useTranslation('lifeEvents');
  return (
    <NameForm
      label={t('addLabel')}
      help={t('addHelp')}
      submitLabel={t('add')}
      maxLength={SERVICE_NAME_MAX_LENGTH}
      problemOf={(name) => {
        const found = eventNameProblem(map, entries, name);
        return found && t(`problems.${found}`);
      }}
      onSubmit={(name) => {
        save({ map: addEvent(map, entries, name), entries: [] });
      }}
    />
  );
}

/** The life events of people and businesses, each with its services in the order met. */
export function LifeEventsScreen({ entries, map }: { entries: ServiceEntry[]; map: LifeEventMap }) {
  const { t } = useTranslation('lifeEvents');
  const save = useMapSaver(map);
  const shown = useMemo(() => journeys(map, entries), [map, entries]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="life-events__legend">
        <h2>{t('legendTitle')}</h2>
        <ul>
          {digitisationLevels.map((level) => (
            <li key={level}>
              <LevelBadge level={level} />
            </li>
          ))}
        </ul>
      </div>
      {shown.length === 0 && <p>{t('empty')}</p>}
      {shown.map((journey, index) => (
        <JourneySection
          key={journey.name}
          journey={journey}
          index={index}
          count={shown.length}
          map={map}
          entries={entries}
          save={save}
        />
      ))}
      <AddEventForm map={map} entries={entries} save={save} />
    </>
  );
}
