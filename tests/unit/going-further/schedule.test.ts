import { describe, expect, it } from 'vitest';
import { emptyCalendar } from '../../../src/domain/going-further/calendar/empty';
import {
  addDependency,
  setCalendarSettings,
  setTaskDuration,
} from '../../../src/domain/going-further/calendar/commands';
import { scheduleDeployment, wouldLoop } from '../../../src/domain/going-further/calendar/schedule';
import type { Calendar } from '../../../src/domain/going-further/calendar/schema';
import { daysProblem, durationBounds } from '../../../src/domain/going-further/calendar/validation';
import { workingDayCounter } from '../../../src/domain/going-further/calendar/workingCalendar';
import type { Operation } from '../../../src/domain/going-further/operations/schema';
import { CommandRefusedError } from '../../../src/domain/commands';
import { planned } from './fixtures';

const op = (id: string): Operation => ({ id, name: id.toUpperCase(), raci: {} });
const calendar = (changes: Partial<Calendar>): Calendar => ({
  ...emptyCalendar(),
  strategy: 'big-bang',
  marginDays: 0,
  ...changes,
});
const task = (operationId: string, durationDays: number, dependsOn: string[] = []) => ({
  operationId,
  durationDays,
  dependsOn,
  deliverable: '',
});

describe('working days of the deployment', () => {
  it('start on the first working day and skip weekends and French public holidays', () => {
    // Saturday 25 April 2026: the first working day is Monday 27; 1 May (Friday) is a holiday.
    const day = workingDayCounter('2026-04-25');
    expect(day(0)).toBe('2026-04-27');
    expect(day(4)).toBe('2026-05-04');
    // Ascension (Thursday 14 May 2026) and 8 May are holidays too.
    expect(day(11)).toBe('2026-05-15');
  });
});

describe('scheduleDeployment', () => {
  const operations = [op('a'), op('b'), op('c')];

  it('starts each operation the working day after its dependencies end', () => {
    const schedule = scheduleDeployment(
      operations,
      calendar({
        start: '2026-12-21',
        tasks: [task('a', 3), task('b', 2, ['a']), task('c', 1, ['a', 'b'])],
      }),
      'Revue',
    );
    // Monday 21 December 2026; 25 December and 1 January are holidays.
    expect(schedule.operations.map(({ span }) => [span?.start, span?.end])).toEqual([
      ['2026-12-21', '2026-12-23'],
      ['2026-12-24', '2026-12-28'],
      ['2026-12-29', '2026-12-29'],
    ]);
    expect(schedule.end?.end).toBe('2026-12-29');
    expect(schedule.problems).toEqual([]);
  });

  it('moves what depends on an operation when its duration changes', () => {
    const before = planned();
    const ops = before.goingFurther!.operations!.operations;
    const dated = setCalendarSettings({ changes: { start: '2027-01-04' } }).apply(before);
    const startOf = (prototype: typeof dated, index: number) =>
      scheduleDeployment(ops, prototype.goingFurther!.calendar!, 'Revue').operations[index]!.span
        ?.start;
    expect(startOf(dated, 1)).toBe('2027-01-11');
    const longer = setTaskDuration({ operationId: ops[0]!.id, days: 8 }).apply(dated);
    expect(startOf(longer, 1)).toBe('2027-01-14');
    // Installation does not depend on configuration: its start does not move.
    expect(startOf(longer, 0)).toBe('2027-01-04');
  });

  it('adds the pilot, the margin, the generalisation and the pilot’s end review', () => {
    const schedule = scheduleDeployment(
      [op('a')],
      calendar({
        start: '2027-03-01',
        strategy: 'pilot',
        marginDays: 5,
        pilotDays: 10,
        generalisationDays: 5,
        tasks: [task('a', 5)],
        milestones: [{ id: 'm', name: 'Go', afterOperationId: 'a' }],
      }),
      'Fin du pilote',
    );
    expect(schedule.phases.map((phase) => [phase.kind, phase.start, phase.end])).toEqual([
      ['pilot', '2027-03-08', '2027-03-19'],
      ['margin', '2027-03-22', '2027-03-26'],
      // Easter Monday, 29 March 2027, is a public holiday.
      ['generalisation', '2027-03-30', '2027-04-05'],
    ]);
    expect(schedule.milestones.map((milestone) => [milestone.name, milestone.day])).toEqual([
      ['Go', '2027-03-05'],
      ['Fin du pilote', '2027-03-19'],
    ]);
  });

  it('counts in working days from day 1 when no start day is chosen', () => {
    const schedule = scheduleDeployment(
      operations,
      calendar({ tasks: [task('b', 2, ['a'])] }),
      'R',
    );
    expect(schedule.operations.map(({ span }) => span)).toEqual([
      { startOffset: 0, endOffset: 4 },
      { startOffset: 5, endOffset: 6 },
      { startOffset: 0, endOffset: 4 },
    ]);
  });

  it('reports a dependency loop instead of following it, and places the rest', () => {
    const schedule = scheduleDeployment(
      [...operations, op('d')],
      calendar({
        tasks: [task('a', 1, ['c']), task('b', 1, ['a']), task('c', 1, ['b']), task('d', 1, ['c'])],
      }),
      'R',
    );
    expect(schedule.problems).toEqual([
      { kind: 'loop', operationIds: ['a', 'b', 'c'], blockedIds: ['d'] },
    ]);
    expect(schedule.operations.map(({ span }) => span)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const selfLoop = scheduleDeployment(
      [op('a'), op('b')],
      calendar({ tasks: [task('a', 1, ['a'])] }),
      'R',
    );
    expect(selfLoop.problems).toEqual([{ kind: 'loop', operationIds: ['a'], blockedIds: [] }]);
    expect(selfLoop.operations[1]!.span).toEqual({ startOffset: 0, endOffset: 4 });
  });

  it('says when the deadline is before the start, or when the deployment ends after it', () => {
    expect(
      scheduleDeployment(operations, calendar({ start: '2027-03-01', deadline: '2027-02-01' }), 'R')
        .problems,
    ).toEqual([{ kind: 'deadline-before-start' }]);
    expect(
      scheduleDeployment(operations, calendar({ start: '2027-03-01', deadline: '2027-03-03' }), 'R')
        .problems,
    ).toEqual([{ kind: 'late', end: '2027-03-05', deadline: '2027-03-03' }]);
  });

  it('places 300 chained operations', () => {
    const many = Array.from({ length: 300 }, (_, index) => op(`o${index}`));
    const tasks = many.map((operation, index) =>
      task(operation.id, 2, index > 0 ? [`o${index - 1}`] : []),
    );
    const schedule = scheduleDeployment(many, calendar({ tasks }), 'R');
    expect(schedule.operations.at(-1)!.span).toEqual({ startOffset: 598, endOffset: 599 });
  });
});

describe('refusing what the calendar cannot hold', () => {
  it('refuses a duration of 0 or 10 000 days, and what is not a number', () => {
    expect(daysProblem('0', durationBounds)).toBe('too-short');
    expect(daysProblem('10000', durationBounds)).toBe('too-long');
    expect(daysProblem('3,5', durationBounds)).toBe('not-a-number');
    expect(daysProblem('', durationBounds)).toBe('not-a-number');
    expect(daysProblem(' 12 ', durationBounds)).toBeUndefined();
    const prototype = planned();
    const first = prototype.goingFurther!.operations!.operations[0]!.id;
    expect(() => setTaskDuration({ operationId: first, days: 0 }).apply(prototype)).toThrow(
      CommandRefusedError,
    );
    expect(() => setTaskDuration({ operationId: first, days: 10_000 }).apply(prototype)).toThrow(
      CommandRefusedError,
    );
  });

  it('refuses a dependency that would close a loop', () => {
    const prototype = planned();
    const [installation, configuration] = prototype.goingFurther!.operations!.operations;
    const cal = prototype.goingFurther!.calendar!;
    expect(wouldLoop(cal, installation!.id, configuration!.id)).toBe(true);
    expect(wouldLoop(cal, installation!.id, installation!.id)).toBe(true);
    expect(wouldLoop(cal, configuration!.id, installation!.id)).toBe(false);
    expect(() =>
      addDependency({ operationId: installation!.id, dependencyId: configuration!.id }).apply(
        prototype,
      ),
    ).toThrow(CommandRefusedError);
  });
});
