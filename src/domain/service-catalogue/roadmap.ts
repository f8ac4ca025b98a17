import type { ServiceEntry } from './schema';

export interface Share {
  online: number;
  total: number;
  /** online / total in percent, 0 when the total is 0. */
  percent: number;
}

export interface RoadmapYear {
  year: number;
  /** Services fully online by the end of the year (level 4 today, or planned by then). */
  services: Share;
  /**
   * Requests a year made online by the end of the year: all the requests of a service fully
   * online, today's web share of the others. Services of unknown volume do not count.
   */
  requests: Share;
}

const share = (online: number, total: number): Share => ({
  online,
  total,
  percent: total === 0 ? 0 : (100 * online) / total,
});

/** Whether the service is fully online by the end of `year`. */
export function onlineBy(entry: ServiceEntry, year: number): boolean {
  return entry.level === 4 || (entry.plannedYear !== undefined && entry.plannedYear <= year);
}

/** For each year, the share of services and of requests online, against the 100 % goal. */
export function roadmapTotals(
  entries: readonly ServiceEntry[],
  years: readonly number[],
): RoadmapYear[] {
  return years.map((year) => {
    let onlineServices = 0;
    let onlineRequests = 0;
    let totalRequests = 0;
    for (const entry of entries) {
      const online = onlineBy(entry, year);
      if (online) onlineServices += 1;
      const volume = entry.yearlyVolume;
      if (volume === undefined) continue;
      totalRequests += volume;
      onlineRequests += online ? volume : (volume * (entry.channelShares.web ?? 0)) / 100;
    }
    return {
      year,
      services: share(onlineServices, entries.length),
      requests: share(onlineRequests, totalRequests),
    };
  });
}

/** This year and the `count - 1` next ones. */
export function roadmapYears(now: Date, count = 5): number[] {
  const first = now.getFullYear();
  return Array.from({ length: count }, (_, index) => first + index);
}
