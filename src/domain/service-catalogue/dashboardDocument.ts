import { barChartSvg } from '../documents/barChart';
import type { DocumentBlock, FabrikDocument } from '../documents/model';
import {
  type DashboardFigures,
  type IndicatorId,
  type IndicatorTargets,
  type ServiceIndicators,
} from './dashboard';

/**
 * The words the dashboard is written with, in the reader's language: `t` reads the keys of
 * the dashboard's strings (`src/features/service-catalogue/dashboardI18n.ts`, and the
 * level, block and accessibility names there), `number` formats a figure.
 */
export interface DashboardWords {
  t: (key: string, params?: Record<string, string | number>) => string;
  number: (value: number) => string;
}

const share = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;

/** The target of an indicator in words, as the organisation set it. */
export function targetText(
  { t, number }: DashboardWords,
  targets: IndicatorTargets,
  indicator: IndicatorId,
): string {
  switch (indicator) {
    case 'onlineEndToEnd':
      return targets.onlineEndToEnd === 4
        ? t('targets.onlineEndToEnd')
        : t('targets.onlineEndToEndLevel', { value: targets.onlineEndToEnd });
    case 'satisfaction':
      return t('targets.satisfaction', { value: number(targets.satisfaction) });
    case 'accessibility':
      return targets.accessibility === 'full'
        ? t('targets.accessibility')
        : t('targets.accessibilityPartial');
    case 'dataNotAskedAgain':
      return t('targets.dataNotAskedAgain', { value: number(targets.dataNotAskedAgain) });
    case 'shareOnline':
      return t('targets.shareOnline', { value: number(targets.shareOnline) });
  }
}

function valueText(words: DashboardWords, service: ServiceIndicators, indicator: IndicatorId) {
  const { t, number } = words;
  const met = service.met[indicator];
  if (met === undefined) return t('unknown');
  let value: string;
  switch (indicator) {
    case 'onlineEndToEnd':
      value = t(service.onlineEndToEnd ? 'yes' : 'no');
      break;
    case 'satisfaction':
      value = t('outOf10', { value: number(service.satisfaction!) });
      break;
    case 'accessibility':
      value = t(`accessibility.${service.accessibility!}`);
      break;
    case 'dataNotAskedAgain':
      value = t('percent', { value: number(service.dataNotAskedAgain!) });
      break;
    case 'shareOnline':
      value = t('percent', { value: number(service.shareOnline!) });
      break;
  }
  return t(met ? 'met' : 'notMet', { value });
}

const indicatorOrder: IndicatorId[] = [
  'onlineEndToEnd',
  'satisfaction',
  'accessibility',
  'dataNotAskedAgain',
  'shareOnline',
];

/**
 * The public dashboard of the strategy: the observatory's indicators against their targets,
 * the levels, the roadmap's progress, the building blocks the roadmap waits on, then each
 * service. Every chart has a table with the same figures; charts count by indicator, level,
 * year or block, never by service, so they stay readable with a thousand services.
 */
export function dashboardDocument(
  figures: DashboardFigures,
  words: DashboardWords,
): FabrikDocument {
  const { t, number } = words;
  const total = figures.services.length;
  const heading = (text: string): DocumentBlock => ({ kind: 'heading', level: 1, text });
  const chart = (
    alt: string,
    bars: { label: string; value: number }[],
    max: number,
    unit: string,
  ) => ({ kind: 'image', alt, svg: barChartSvg(bars, { max, unit }) }) as const;

  const summaries = figures.summaries.map((summary) => ({
    label: t(`indicators.${summary.indicator}`),
    summary,
    percent: share(summary.met, summary.known),
  }));
  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', text: t('intro', { count: total }) },
    heading(t('sections.indicators')),
    chart(
      t('charts.indicators'),
      summaries.map(({ label, percent }) => ({ label, value: percent })),
      100,
      '%',
    ),
    {
      kind: 'table',
      caption: t('tables.indicators'),
      columns: [t('columns.indicator'), t('columns.target'), t('columns.met'), t('columns.known')],
      rows: summaries.map(({ label, summary, percent }) => [
        label,
        targetText(words, figures.targets, summary.indicator),
        t('metCount', { met: number(summary.met), percent: number(percent) }),
        t('knownCount', { known: number(summary.known), total: number(total) }),
      ]),
    },
    heading(t('sections.levels')),
    chart(
      t('charts.levels'),
      figures.levels.map(({ level, services }) => ({
        label: t('levelName', { level, label: t(`levelShort.${level}`) }),
        value: services,
      })),
      Math.max(1, total),
      t('servicesUnit'),
    ),
    {
      kind: 'table',
      caption: t('tables.levels'),
      columns: [t('columns.level'), t('columns.services'), t('columns.share')],
      rows: figures.levels.map(({ level, services }) => [
        t('levelName', { level, label: t(`levelShort.${level}`) }),
        number(services),
        t('percent', { value: number(share(services, total)) }),
      ]),
    },
    heading(t('sections.roadmap')),
    chart(
      t('charts.roadmap'),
      figures.roadmap.map((year) => ({
        label: String(year.year),
        value: Math.round(year.services.percent * 10) / 10,
      })),
      100,
      '%',
    ),
    {
      kind: 'table',
      caption: t('tables.roadmap'),
      columns: [t('columns.year'), t('columns.servicesOnline'), t('columns.requestsOnline')],
      rows: figures.roadmap.map((year) => [
        String(year.year),
        t('shareOf', {
          percent: number(Math.round(year.services.percent * 10) / 10),
          online: number(year.services.online),
          total: number(year.services.total),
        }),
        t('shareOf', {
          percent: number(Math.round(year.requests.percent * 10) / 10),
          online: number(Math.round(year.requests.online)),
          total: number(year.requests.total),
        }),
      ]),
    },
    heading(t('sections.blocking')),
    ...(figures.blocking.length === 0
      ? [{ kind: 'paragraph', text: t('noBlocking') } satisfies DocumentBlock]
      : [
          chart(
            t('charts.blocking'),
            figures.blocking.map(({ block, services }) => ({
              label: t(`blocks.${block}`),
              value: services,
            })),
            Math.max(...figures.blocking.map(({ services }) => services)),
            t('servicesUnit'),
          ),
          {
            kind: 'table',
            caption: t('tables.blocking'),
            columns: [t('columns.block'), t('columns.waiting')],
            rows: figures.blocking.map(({ block, services }) => [
              t(`blocks.${block}`),
              number(services),
            ]),
          } satisfies DocumentBlock,
        ]),
    heading(t('sections.services')),
    total === 0
      ? { kind: 'paragraph', text: t('noServices') }
      : {
          kind: 'table',
          caption: t('tables.services', { count: total }),
          columns: [
            t('columns.service'),
            t('columns.level'),
            ...indicatorOrder.map((indicator) => t(`indicators.${indicator}`)),
          ],
          rows: figures.services.map((service) => [
            service.name,
            t('levelName', { level: service.level, label: t(`levelShort.${service.level}`) }),
            ...indicatorOrder.map((indicator) => valueText(words, service, indicator)),
          ]),
        },
  ];
  return { title: t('title'), blocks };
}
