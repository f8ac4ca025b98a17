import { useTranslation } from '../../../ui/i18n/useTranslation';
import {
  setCalendarSettings,
  setPilotCriterion,
} from '../../../domain/going-further/calendar/commands';
import { deploymentStrategies, pilotCriteria } from '../../../domain/going-further/calendar/lists';
import type { Calendar } from '../../../domain/going-further/calendar/schema';
import { durationBounds, marginBounds } from '../../../domain/going-further/calendar/validation';
import { execute } from '../../../state/commands';
import { DateField } from '../../../ui/DateField';
import { DaysField } from './DaysField';

type Changes = Parameters<typeof setCalendarSettings>[0]['changes'];
const change = (changes: Changes) => execute(setCalendarSettings({ changes }));

/** The calendar's frame: its first day, its deadline, pilot or big bang, margin and phases. */
export function CalendarSettings({
  calendar,
  deadlineError,
}: {
  calendar: Calendar;
  deadlineError?: string;
}) {
  const { t } = useTranslation('goingFurther-calendar');
  const unmet = pilotCriteria.filter((criterion) => !calendar.pilotCriteria[criterion]).length;
  return (
    <section className="calendar-settings" aria-labelledby="calendar-settings">
      <h3 id="calendar-settings">{t('settings.title')}</h3>
      <div className="calendar-settings__days">
        <DateField
          label={t('settings.start')}
          value={calendar.start}
          onChange={(start) => change({ start })}
        />
        <DateField
          label={t('settings.deadline')}
          help={t('settings.deadlineHelp')}
          value={calendar.deadline}
          error={deadlineError}
          onChange={(deadline) => change({ deadline })}
        />
      </div>
      <fieldset className="calendar-settings__strategy">
        <legend>{t('settings.strategy')}</legend>
        {deploymentStrategies.map((strategy) => (
          <label key={strategy} className="choice">
            <input
              type="radio"
              name="deployment-strategy"
              value={strategy}
              checked={calendar.strategy === strategy}
              onChange={() => change({ strategy })}
            />{' '}
            {t(`strategies.${strategy}`)}
          </label>
        ))}
      </fieldset>
      <div className="calendar-settings__days">
        {calendar.strategy === 'pilot' && (
          <DaysField
            label={t('settings.pilotDays')}
            value={calendar.pilotDays}
            bounds={durationBounds}
            onChange={(pilotDays) => change({ pilotDays })}
          />
        )}
        <DaysField
          label={t('settings.margin')}
          value={calendar.marginDays}
          bounds={marginBounds}
          onChange={(marginDays) => change({ marginDays })}
        />
        {calendar.strategy === 'pilot' && (
          <DaysField
            label={t('settings.generalisationDays')}
            value={calendar.generalisationDays}
            bounds={durationBounds}
            onChange={(generalisationDays) => change({ generalisationDays })}
          />
        )}
      </div>
      {calendar.strategy === 'pilot' && (
        <fieldset className="calendar-settings__criteria">
          <legend>{t('criteria.title')}</legend>
          <p className="field__help">{t('criteria.help')}</p>
          {pilotCriteria.map((criterion) => (
            <label key={criterion} className="choice">
              <input
                type="checkbox"
                checked={calendar.pilotCriteria[criterion] ?? false}
                onChange={(event) =>
                  execute(setPilotCriterion({ criterion, met: event.target.checked }))
                }
              />{' '}
              {t(`criteria.items.${criterion}`)}
            </label>
          ))}
          <p role="status">
            {unmet === 0 ? t('criteria.ready') : t('criteria.notReady', { count: unmet })}
          </p>
        </fieldset>
      )}
    </section>
  );
}
