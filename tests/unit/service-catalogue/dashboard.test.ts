import { describe, expect, it } from 'vitest';
import { documentHtml } from '../../../src/domain/documents/toHtml';
import {
  dashboardFigures,
  defaultIndicatorTargets,
  readIndicatorTargets,
  type IndicatorTargets,
} from '../../../src/domain/service-catalogue/dashboard';
import {
  dashboardDocument,
  type DashboardWords,
} from '../../../src/domain/service-catalogue/dashboardDocument';
import {
  createServiceEntry,
  type ServiceEntry,
} from '../../../src/domain/service-catalogue/schema';

const at = new Date('2026-12-01T10:00:00Z');
const service = (id: string, extra: Partial<ServiceEntry>): ServiceEntry => ({
  ...createServiceEntry(id, `Service ${id}`, at),
  ...extra,
});

const entries = [
  service('a', {
    level: 4,
    indicators: { satisfaction: 8.5, accessibility: 'full' },
    design: { fieldsAsked: 4, fieldsPrefilled: 3 },
    channelShares: { web: 90, counter: 10 },
    yearlyVolume: 1000,
  }),
  service('b', {
    level: 2,
    indicators: { satisfaction: 6, accessibility: 'partial' },
    design: { fieldsAsked: 10, fieldsPrefilled: 1 },
    channelShares: { web: 20, counter: 80 },
    buildingBlocks: ['identity', 'payment'],
    yearlyVolume: 3000,
  }),
  service('c', { level: 1, buildingBlocks: ['identity'], plannedYear: 2027 }),
];

/** Words that show the key and its values, so that the tests read what was asked for. */
const words: DashboardWords = {
  t: (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key),
  number: (value) => String(value),
};

describe('dashboardFigures', () => {
  const figures = dashboardFigures(entries, ['payment'], [2026, 2027]);

  it('gives each service its indicators and whether each meets its target', () => {
    expect(figures.services[0]).toMatchObject({
      onlineEndToEnd: true,
      satisfaction: 8.5,
      dataNotAskedAgain: 75,
      shareOnline: 90,
      met: {
        onlineEndToEnd: true,
        satisfaction: true,
        accessibility: true,
        dataNotAskedAgain: true,
        shareOnline: true,
      },
    });
    expect(figures.services[1]!.met).toEqual({
      onlineEndToEnd: false,
      satisfaction: false,
      accessibility: false,
      dataNotAskedAgain: false,
      shareOnline: false,
    });
    // What the team never gave stays unknown rather than failing.
    expect(figures.services[2]!.met).toEqual({
      onlineEndToEnd: false,
      satisfaction: undefined,
      accessibility: undefined,
      dataNotAskedAgain: undefined,
      shareOnline: undefined,
    });
  });

  it('counts, per indicator, the services known and those meeting the target', () => {
    expect(figures.summaries).toEqual([
      { indicator: 'onlineEndToEnd', known: 3, met: 1 },
      { indicator: 'satisfaction', known: 2, met: 1 },
      { indicator: 'accessibility', known: 2, met: 1 },
      { indicator: 'dataNotAskedAgain', known: 2, met: 1 },
      { indicator: 'shareOnline', known: 2, met: 1 },
    ]);
  });

  it('counts the levels, the roadmap’s years and the missing blocks the roadmap waits on', () => {
    expect(figures.levels.map((level) => level.services)).toEqual([1, 1, 0, 1]);
    expect(figures.roadmap.map((year) => year.services.online)).toEqual([1, 2]);
    // Payment is available: only identity blocks, awaited by two services.
    expect(figures.blocking).toEqual([{ block: 'identity', services: 2 }]);
  });
});

describe('the organisation’s targets', () => {
  const lower: IndicatorTargets = {
    onlineEndToEnd: 2,
    satisfaction: 6,
    accessibility: 'partial',
    dataNotAskedAgain: 10,
    shareOnline: 20,
  };

  it('decide which services meet each indicator', () => {
    const figures = dashboardFigures(entries, [], [2026], lower);
    expect(figures.targets).toEqual(lower);
    // Service b met none of the default targets; it meets every lowered one.
    expect(figures.services[1]!.met).toEqual({
      onlineEndToEnd: true,
      satisfaction: true,
      accessibility: true,
      dataNotAskedAgain: true,
      shareOnline: true,
    });
    expect(figures.summaries.find((line) => line.indicator === 'onlineEndToEnd')).toEqual({
      indicator: 'onlineEndToEnd',
      known: 3,
      met: 2,
    });
  });

  it('are written in the dashboard and its static page', () => {
    const html = documentHtml(
      dashboardDocument(dashboardFigures(entries, [], [2026], lower), words),
      { language: 'fr', generated: 'x' },
    );
    expect(html).toContain('targets.onlineEndToEndLevel {&quot;value&quot;:2}');
    expect(html).toContain('targets.satisfaction {&quot;value&quot;:&quot;6&quot;}');
    expect(html).toContain('targets.accessibilityPartial');
    expect(html).toContain('targets.shareOnline {&quot;value&quot;:&quot;20&quot;}');
  });

  it('fall back to the defaults when stored ones are out of range', () => {
    expect(
      readIndicatorTargets({
        onlineEndToEnd: 5,
        satisfaction: 11,
        accessibility: 'none',
        dataNotAskedAgain: -1,
        shareOnline: 60,
      }),
    ).toEqual({ ...defaultIndicatorTargets, shareOnline: 60 });
    expect(readIndicatorTargets(undefined)).toEqual(defaultIndicatorTargets);
  });
});

describe('dashboardDocument and its static page', () => {
  it('gives every chart a table with the same figures', () => {
    const doc = dashboardDocument(dashboardFigures(entries, [], [2026]), words);
    const kinds = doc.blocks.map((block) => block.kind);
    kinds.forEach((kind, index) => {
      if (kind === 'image') expect(kinds[index + 1]).toBe('table');
    });
    expect(kinds.filter((kind) => kind === 'image')).toHaveLength(4);
  });

  it('keeps its charts readable with a thousand services: they count, not list', () => {
    const many = Array.from({ length: 1000 }, (_, index) =>
      service(String(index), { level: ((index % 4) + 1) as 1 | 2 | 3 | 4 }),
    );
    const doc = dashboardDocument(dashboardFigures(many, [], [2026, 2027, 2028]), words);
    for (const block of doc.blocks) {
      if (block.kind !== 'image') continue;
      expect(block.svg.match(/<rect /g)!.length - 1).toBeLessThanOrEqual(9);
    }
    const table = doc.blocks.at(-1);
    expect(table?.kind === 'table' && table.rows).toHaveLength(1000);
  });

  it('writes a page that runs no script, loads nothing, and keeps typed text as text', () => {
    const hostile = service('x', {
      name: '<script>alert("x")</script><img src=x onerror=alert(1)>',
    });
    const doc = dashboardDocument(dashboardFigures([hostile], [], [2026]), words);
    const html = documentHtml(doc, { language: 'fr', generated: 'Établi le <b>jour</b>' });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Établi le &lt;b&gt;jour&lt;/b&gt;');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).not.toMatch(/(src|href)="(https?:|\/\/)/);
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    // Pictures are inside the page, with their text.
    expect(html).toMatch(
      /<img src="data:image\/svg\+xml;charset=utf-8,[^"]+" alt="charts\.levels">/,
    );
    expect(html).toContain('<caption>tables.levels</caption>');
    expect(html).toContain('<th scope="col">columns.level</th>');
  });
});
