import { describe, expect, it } from 'vitest';
import { roadmapTotals, roadmapYears } from '../../../src/domain/service-catalogue/roadmap';
import {
  createServiceEntry,
  type ServiceEntry,
} from '../../../src/domain/service-catalogue/schema';

const now = new Date('2026-12-01T10:00:00Z');
const entry = (id: string, change: Partial<ServiceEntry>): ServiceEntry => ({
  ...createServiceEntry(id, id, now),
  ...change,
});

const catalogue = [
  entry('online', { level: 4, yearlyVolume: 1000 }),
  entry('next', {
    level: 2,
    yearlyVolume: 3000,
    plannedYear: 2027,
    channelShares: { web: 50, counter: 50 },
  }),
  entry('later', { level: 1, yearlyVolume: 6000, plannedYear: 2029 }),
  entry('unknown', { level: 3 }),
];

describe('roadmapTotals', () => {
  it('adds up services and requests online each year, a planned service from its year on', () => {
    const [y2026, y2027, , y2029] = roadmapTotals(catalogue, [2026, 2027, 2028, 2029]);
    expect(y2026!.services).toEqual({ online: 1, total: 4, percent: 25 });
    // Today: the online service, and half of the next one's requests already by the web.
    expect(y2026!.requests).toEqual({ online: 2500, total: 10000, percent: 25 });
    expect(y2027!.services.online).toBe(2);
    expect(y2027!.requests).toEqual({ online: 4000, total: 10000, percent: 40 });
    expect(y2029!.services).toEqual({ online: 3, total: 4, percent: 75 });
    expect(y2029!.requests.percent).toBe(100);
  });

  it('gives 0 % rather than dividing by nothing', () => {
    expect(roadmapTotals([], [2026])).toEqual([
      {
        year: 2026,
        services: { online: 0, total: 0, percent: 0 },
        requests: { online: 0, total: 0, percent: 0 },
      },
    ]);
  });
});

describe('roadmapYears', () => {
  it('starts this year', () => {
    expect(roadmapYears(now, 3)).toEqual([2026, 2027, 2028]);
  });
});
