import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { PilotCoverage } from '../../../domain/going-further/adoption/pilotCoverage';
import { describeWay } from '../../../domain/going-further/adoption/pilotReport';
import type { PilotWording } from '../../../domain/going-further/adoption/pilotWording';

/** Which ways nobody will try, and the profiles that cannot try theirs. */
export function PilotCoverageView({
  coverage,
  words,
}: {
  coverage: PilotCoverage;
  words: PilotWording;
}) {
  const { t } = useTranslation('goingFurther-adoption');
  const { uncovered, emptyProfiles, withoutProfile } = coverage;
  return (
    <section aria-labelledby="adoption-coverage">
      <h3 id="adoption-coverage">{t('pilot.coverage')}</h3>
      {uncovered.length === 0 ? (
        <p className="banner">{t('pilot.allCovered')}</p>
      ) : (
        <div className="banner banner--warning" role="alert">
          <p>{t('pilot.uncovered', { count: uncovered.length })}</p>
          <ul>
            {uncovered.map((way) => (
              <li key={way.key}>{describeWay(way, words)}</li>
            ))}
          </ul>
        </div>
      )}
      {emptyProfiles.map((profile) => (
        <p key={profile.id} className="banner banner--warning">
          {t('pilot.emptyProfile', { name: profile.name.trim() || t('pilot.newProfile') })}
        </p>
      ))}
      {withoutProfile > 0 && <p>{t('pilot.withoutProfile', { count: withoutProfile })}</p>}
    </section>
  );
}
