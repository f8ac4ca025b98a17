import { describe, expect, it } from 'vitest';
import { analyseCommitment } from '../../../src/domain/tracking/commitments';
import { defaultStatusIds, defaultTracking } from '../../../src/domain/tracking/defaults';
import { mappingProblems } from '../../../src/domain/tracking/mapping';
import type { Commitment } from '../../../src/domain/tracking/schema';
import { easterSunday } from '../../../src/domain/tracking/publicHolidays';
import {
  addWorkingDays,
  isWorkingDay,
  longestCalendarSpan,
  workingDaysFrom,
} from '../../../src/domain/tracking/workingDays';
import { processGraph } from './support';

const { statuses } = defaultTracking();
/** The day the analysis is made: passed in, never read from the clock in the domain. */
const today = new Date(2026, 10, 23);
const commitment = (patch: Partial<Commitment> = {}): Commitment => ({
  ...defaultTracking().commitment,
  ...patch,
});

describe('analyseCommitment', () => {
  // Paths: with the documents loop (check 5, ask 30, check 5, examine 20, then
  // archive 1 → accepted or → refused) and without it (check 5, examine 20, …).
  it('adds the time limits along each path, suspending the clock while documents are awaited', async () => {
    const analysis = analyseCommitment(await processGraph(), statuses, commitment(), today);
    expect(analysis.paths.map((path) => [path.days, path.waitingDays, path.lastStatusId])).toEqual([
      [31, 30, defaultStatusIds.accepted],
      [30, 30, defaultStatusIds.refused],
      [26, 0, defaultStatusIds.accepted],
      [25, 0, defaultStatusIds.refused],
    ]);
    expect(analysis.longestDays).toBe(31);
    expect(analysis.truncated).toBe(false);
  });

  it('counts the wait when the clock runs on, and only what follows it when the clock restarts', async () => {
    const graph = await processGraph();
    const runs = analyseCommitment(
      graph,
      statuses,
      commitment({ documentsRequest: 'runs' }),
      today,
    );
    expect(runs.paths.map((path) => path.days)).toEqual([61, 60, 26, 25]);
    const restarts = analyseCommitment(
      graph,
      statuses,
      commitment({ documentsRequest: 'restarts' }),
      today,
    );
    expect(restarts.paths.map((path) => path.days)).toEqual([26, 25, 26, 25]);
  });

  it('lists the paths that break the promised response time', async () => {
    const analysis = analyseCommitment(
      await processGraph(),
      statuses,
      commitment({ days: 30 }),
      today,
    );
    expect(analysis.breaking.map((path) => path.days)).toEqual([31]);
    expect(analyseCommitment(await processGraph(), statuses, commitment(), today).breaking).toEqual(
      [],
    );
  });

  it('says when the longest path outlasts the period after which silence decides', async () => {
    const graph = await processGraph();
    const tacit = (after: number, today: Date) =>
      analyseCommitment(
        graph,
        statuses,
        commitment({ silence: 'acceptance', silenceAfterDays: after }),
        today,
      );
    // 31 working days are 43 calendar days in a plain stretch, but a request sent on
    // 18 November 2026 meets Christmas and New Year (both Fridays): 47 days.
    expect(tacit(47, new Date(2026, 5, 1)).longestCalendarDays).toBe(47);
    expect(tacit(46, new Date(2026, 5, 1)).outlastsSilence).toBe(true);
    expect(tacit(47, new Date(2026, 5, 1)).outlastsSilence).toBe(false);
  });

  it('says which steps have no time limit, as the computed time is then a minimum', async () => {
    const graph = await processGraph();
    const withoutDelay = {
      ...graph,
      elements: graph.elements.map((e) =>
        e.id === 'Archive' ? { ...e, delayDays: undefined } : e,
      ),
    };
    const analysis = analyseCommitment(withoutDelay, statuses, commitment(), today);
    expect(analysis.paths[0]?.stepsWithoutDelay.map((e) => e.id)).toEqual(['Archive']);
  });
});

describe('mappingProblems', () => {
  it('finds statuses no step sets, steps with no status and unknown statuses', async () => {
    const graph = await processGraph();
    const problems = mappingProblems(graph, statuses);
    expect(problems.unsetStatuses.map((s) => s.id)).toEqual([defaultStatusIds.closed]);
    expect(problems.stepsWithoutStatus.map((e) => e.id)).toEqual(['Archive']);
    expect(problems.unreachableFinals).toEqual([]);
    const renamed = statuses.filter((s) => s.id !== defaultStatusIds.refused);
    expect(mappingProblems(graph, renamed).stepsWithUnknownStatus.map((e) => e.id)).toEqual([
      'Refused',
    ]);
  });

  it('finds a final status set only by steps no request can reach', async () => {
    const graph = await processGraph();
    const island = {
      elements: [
        ...graph.elements,
        {
          id: 'Lost',
          type: 'bpmn:EndEvent',
          kind: 'end' as const,
          name: 'Classée',
          statusId: defaultStatusIds.closed,
        },
      ],
      flows: graph.flows,
    };
    expect(mappingProblems(island, statuses).unreachableFinals.map((s) => s.id)).toEqual([
      defaultStatusIds.closed,
    ]);
  });
});

describe('working days', () => {
  it('skips weekends', () => {
    const friday = new Date(2026, 2, 6);
    expect(addWorkingDays(friday, 1)).toEqual(new Date(2026, 2, 9));
    expect(addWorkingDays(friday, 5)).toEqual(new Date(2026, 2, 13));
    expect(addWorkingDays(friday, 0)).toEqual(friday);
  });

  it('skips French public holidays, Easter-based ones included', () => {
    // Friday 1 May 2026 (Fête du travail): Thursday 30 April + 1 is Monday 4 May.
    expect(addWorkingDays(new Date(2026, 3, 30), 1)).toEqual(new Date(2026, 4, 4));
    // Easter 2026 is 5 April: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May.
    expect(easterSunday(2026)).toEqual(new Date(2026, 3, 5));
    expect(easterSunday(2027)).toEqual(new Date(2027, 2, 28));
    expect(addWorkingDays(new Date(2026, 3, 3), 1)).toEqual(new Date(2026, 3, 7));
    expect(isWorkingDay(new Date(2026, 4, 14))).toBe(false);
    expect(isWorkingDay(new Date(2026, 4, 25))).toBe(false);
    expect(isWorkingDay(new Date(2026, 4, 26))).toBe(true);
    // Christmas 2026 and New Year 2027 are Fridays: 24 December + 2 is 29 December.
    expect(addWorkingDays(new Date(2026, 11, 24), 2)).toEqual(new Date(2026, 11, 29));
  });

  it('gives the same dates for many counts as one count at a time, in any order', () => {
    const from = new Date(2026, 11, 20, 15, 30);
    const after = workingDaysFrom(from);
    for (const days of [12, 0, 3, 40, 1, 2.5]) {
      expect(after(days)).toEqual(addWorkingDays(from, days));
    }
  });

  it('gives the most calendar days working days can take within a year', () => {
    // Five working days are a week, but from Thursday 30 April 2026, with 1 and 8 May
    // (Fridays) off, they end on Monday 11 May.
    expect(longestCalendarSpan(5, new Date(2026, 0, 5))).toBe(11);
    expect(longestCalendarSpan(0, new Date(2026, 0, 5))).toBe(0);
    // The same as trying every day of the year, one by one.
    const from = new Date(2026, 10, 23);
    for (const days of [1, 3, 12, 27, 60]) {
      let longest = 0;
      for (let offset = 0; offset < 366; offset++) {
        const start = new Date(2026, 10, 23 + offset);
        const end = addWorkingDays(start, days);
        longest = Math.max(longest, Math.round((end.getTime() - start.getTime()) / 86_400_000));
      }
      expect(longestCalendarSpan(days, from)).toBe(longest);
    }
  });
});
