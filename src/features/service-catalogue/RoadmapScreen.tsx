import { useMemo, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { roadmapTotals, roadmapYears } from '../../domain/service-catalogue/roadmap';
import type { ServiceEntry } from '../../domain/service-catalogue/schema';
import { notify } from '../../state/notifications';
import { classifyStorageError } from '../../storage/errors';
import { saveServiceEntry } from '../../storage/serviceCatalogueRepository';
import { ServiceNameCell } from './ServiceNameCell';

const NOT_PLANNED = '';

function PlannedYearSelect({ entry, years }: { entry: ServiceEntry; years: number[] }) {
  const { t } = useTranslation('serviceCatalogue');
  // A year planned before this one stays choosable, so that it is shown as it is.
  const choices = [...new Set([...(entry.plannedYear ? [entry.plannedYear] : []), ...years])].sort(
    (a, b) => a - b,
  );
  return (
    <select
      aria-label={t('roadmap.plannedYear', { name: entry.name })}
      value={entry.plannedYear === undefined ? NOT_PLANNED : String(entry.plannedYear)}
      onChange={(event) => {
        const value = event.target.value;
        const plannedYear = value === NOT_PLANNED ? undefined : Number(value);
        saveServiceEntry({ ...entry, plannedYear, updatedAt: new Date().toISOString() }).catch(
          (failure: unknown) =>
            notify({
              tone: 'error',
              messageKey: `common:storage.${classifyStorageError(failure)}`,
            }),
        );
      }}
    >
      <option value={NOT_PLANNED}>{t('roadmap.notPlanned')}</option>
      {choices.map((year) => (
        <option key={year} value={year}>
          {year}
        </option>
      ))}
    </select>
  );
}

/** The year each service goes fully online, and the shares online year by year. */
export function RoadmapScreen({ entries }: { entries: ServiceEntry[] }) {
  const { t, i18n } = useTranslation('serviceCatalogue');
  const [years] = useState(() => roadmapYears(new Date()));
  const totals = useMemo(() => roadmapTotals(entries, years), [entries, years]);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const toPlan = entries.filter((entry) => entry.level < 4);
  const shareText = (share: { percent: number; online: number; total: number }) =>
    t('roadmap.share', {
      percent: number.format(share.percent),
      online: number.format(share.online),
      total: number.format(share.total),
    });
  return (
    <>
      <h1>{t('roadmap.title')}</h1>
      <p className="lead">{t('roadmap.intro')}</p>
      {entries.length === 0 ? (
        <p>{t('roadmap.empty')}</p>
      ) : (
        <>
          <div className="service-catalogue__table-wrap">
            <table className="service-catalogue__table">
              <caption>{t('roadmap.totalsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('roadmap.year')}</th>
                  <th scope="col">{t('roadmap.services')}</th>
                  <th scope="col">{t('roadmap.requests')}</th>
                </tr>
              </thead>
              <tbody>
                {totals.map((total) => (
                  <tr key={total.year}>
                    <th scope="row">{total.year}</th>
                    {([total.services, total.requests] as const).map((share, index) => (
                      <td key={index}>
                        <meter min={0} max={100} value={share.percent} aria-hidden="true" />{' '}
                        {shareText(share)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="field__help">{t('roadmap.requestsHelp')}</p>
          {toPlan.length === 0 ? (
            <p>{t('roadmap.allOnline')}</p>
          ) : (
            <div className="service-catalogue__table-wrap">
              <table className="service-catalogue__table">
                <caption>{t('roadmap.plannedCaption', { count: toPlan.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('roadmap.service')}</th>
                    <th scope="col">{t('roadmap.level')}</th>
                    <th scope="col">{t('roadmap.volume')}</th>
                    <th scope="col">{t('roadmap.plannedYearShort')}</th>
                  </tr>
                </thead>
                <tbody>
                  {toPlan.map((entry) => (
                    <tr key={entry.id}>
                      <ServiceNameCell entry={entry} />
                      <td>{entry.level}</td>
                      <td className="number">
                        {entry.yearlyVolume === undefined ? '' : number.format(entry.yearlyVolume)}
                      </td>
                      <td>
                        <PlannedYearSelect entry={entry} years={years} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
