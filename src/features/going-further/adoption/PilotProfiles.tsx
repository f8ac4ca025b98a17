import { useTranslation } from '../../../ui/i18n/useTranslation';
import {
  addPilotProfile,
  removePilotProfile,
  renamePilotProfile,
  setProfileCovers,
} from '../../../domain/going-further/adoption/commands';
import type { PilotCoverage } from '../../../domain/going-further/adoption/pilotCoverage';
import { describeWay } from '../../../domain/going-further/adoption/pilotReport';
import type { PilotWays } from '../../../domain/going-further/adoption/pilotWays';
import type { PilotWording } from '../../../domain/going-further/adoption/pilotWording';
import type { PilotProfile } from '../../../domain/going-further/adoption/schema';
import { newId } from '../../../domain/ids';
import { execute } from '../../../state/commands';
import { TextField } from '../../../ui/TextField';

interface ProfilesProps {
  profiles: PilotProfile[];
  ways: PilotWays;
  coverage: PilotCoverage;
  words: PilotWording;
}

function WayBoxes({
  profile,
  title,
  ways,
  words,
}: {
  profile: PilotProfile;
  title: string;
  ways: PilotWays['ways'];
  words: PilotWording;
}) {
  if (ways.length === 0) return null;
  return (
    <fieldset className="adoption__ways">
      <legend>{title}</legend>
      {ways.map((way) => (
        <label key={way.key} className="adoption__option">
          <input
            type="checkbox"
            checked={profile.covers.includes(way.key)}
            onChange={(event) =>
              execute(
                setProfileCovers({ id: profile.id, way: way.key, covered: event.target.checked }),
              )
            }
          />{' '}
          {describeWay(way, words)}
        </label>
      ))}
    </fieldset>
  );
}

/** The participants' profiles, each with the ways of the service it will try. */
export function PilotProfiles({ profiles, ways, coverage, words }: ProfilesProps) {
  const { t } = useTranslation('goingFurther-adoption');
  const paths = ways.ways.filter((way) => way.kind === 'path');
  const conditions = ways.ways.filter((way) => way.kind === 'condition');
  return (
    <section aria-labelledby="adoption-profiles">
      <h3 id="adoption-profiles">{t('pilot.profiles')}</h3>
      <p className="field__help">{t('pilot.profilesHelp')}</p>
      {ways.truncated && <p className="banner banner--warning">{t('pilot.truncated')}</p>}
      {profiles.map((profile, index) => {
        const name = profile.name.trim() || `${t('pilot.newProfile')} ${index + 1}`;
        return (
          <div key={profile.id} className="adoption__profile">
            <TextField
              label={t('pilot.profileName')}
              value={profile.name}
              maxLength={200}
              onChange={(next) => execute(renamePilotProfile({ id: profile.id, name: next }))}
              help={t('pilot.profileCount', { count: coverage.counts.get(profile.id) ?? 0 })}
            />
            <details>
              <summary>{t('pilot.ways', { name })}</summary>
              <WayBoxes
                profile={profile}
                title={t('pilot.processWays')}
                ways={paths}
                words={words}
              />
              <WayBoxes
                profile={profile}
                title={t('pilot.conditionWays')}
                ways={conditions}
                words={words}
              />
            </details>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => execute(removePilotProfile({ id: profile.id }))}
            >
              {t('pilot.removeProfile', { name })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => execute(addPilotProfile({ profile: { id: newId(), name: '', covers: [] } }))}
      >
        {t('pilot.addProfile')}
      </button>
    </section>
  );
}
