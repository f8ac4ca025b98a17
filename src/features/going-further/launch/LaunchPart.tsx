import { useTranslation } from '../../../ui/i18n/useTranslation';
import { setLaunchItem } from '../../../domain/going-further/launch/commands';
import {
  launchChecklists,
  launchPhases,
  type LaunchPhase,
} from '../../../domain/going-further/launch/lists';
import type { Launch } from '../../../domain/going-further/launch/schema';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { TextField } from '../../../ui/TextField';
import './i18n';
import './launch.css';

// A constant fallback: a selector must return the same object while nothing changed.
const noLaunch: Launch = { pilot: {}, open: {} };

function Checklist({ phase, launch }: { phase: LaunchPhase; launch: Launch }) {
  const { t } = useTranslation('goingFurther-launch');
  const items: readonly string[] = launchChecklists[phase];
  const checklist: Partial<Record<string, { done: boolean; note: string }>> = launch[phase];
  const done = items.filter((item) => checklist[item]?.done).length;
  return (
    <fieldset className="launch__phase">
      <legend>{t(`phases.${phase}`)}</legend>
      <p role="status" className="field__help">
        {t('progress', { done, total: items.length })}
      </p>
      {items.map((item) => {
        const label = t(`items.${phase}.${item}`);
        const state = checklist[item];
        return (
          <div key={item} className="launch__item">
            <label className="choice">
              <input
                type="checkbox"
                checked={state?.done ?? false}
                onChange={(event) =>
                  execute(setLaunchItem({ phase, item, changes: { done: event.target.checked } }))
                }
              />{' '}
              {label}
            </label>
            <TextField
              label={t('note', { item: label })}
              value={state?.note ?? ''}
              maxLength={2000}
              onChange={(note) => execute(setLaunchItem({ phase, item, changes: { note } }))}
            />
          </div>
        );
      })}
    </fieldset>
  );
}

/** The launch: the pilot phase's checklist, then the open phase's, each item with its note. */
export default function LaunchPart() {
  const { t } = useTranslation('goingFurther-launch');
  const launch = useEditorStore((state) => state.prototype?.goingFurther?.launch ?? noLaunch);
  const launched = launchChecklists.open.every((item) => launch.open[item]?.done);
  return (
    <section aria-labelledby="going-further-part">
      <h2 id="going-further-part">{t('title')}</h2>
      <p className="field__help">{t('intro')}</p>
      {launchPhases.map((phase) => (
        <Checklist key={phase} phase={phase} launch={launch} />
      ))}
      {launched && (
        <p className="banner" role="status">
          {t('launched')}
        </p>
      )}
    </section>
  );
}
