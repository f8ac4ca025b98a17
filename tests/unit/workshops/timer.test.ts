import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../../../src/domain/workshops/defaults';
import { formatDuration, workshopTiming } from '../../../src/domain/workshops/timer';

const start = Date.parse('2026-11-23T09:00:00.000Z');
const workshop = {
  ...newWorkshop('w1', 'Atelier 1'),
  startedAt: new Date(start).toISOString(),
  agenda: [
    { id: 'a1', title: 'Finalité', minutes: 20, done: true },
    { id: 'a2', title: 'Formulaire', minutes: 60, done: false },
    { id: 'a3', title: 'Exceptions', minutes: 30, done: false },
  ],
};

describe('workshopTiming', () => {
  it('gives the time left and the agenda point in progress', () => {
    const timing = workshopTiming(workshop, start + 45 * 60_000);
    expect(timing.remainingMs).toBe(75 * 60_000);
    expect(timing.currentItem?.id).toBe('a2');
  });

  it('counts the point in progress from when it started, not the earlier points’ time', () => {
    // 30 and 45 minutes; « Point suivant » pressed one minute in.
    const agenda = [
      {
        id: 'a1',
        title: 'Accueil',
        minutes: 30,
        done: true,
        doneAt: new Date(start + 60_000).toISOString(),
      },
      { id: 'a2', title: 'Délais de réponse', minutes: 45, done: false },
    ];
    const twoMinutesIn = workshopTiming({ ...workshop, agenda }, start + 2 * 60_000);
    expect(twoMinutesIn.currentItem?.id).toBe('a2');
    expect(twoMinutesIn.itemRemainingMs).toBe(44 * 60_000);
    // The workshop's own time left is unchanged.
    expect(twoMinutesIn.remainingMs).toBe(118 * 60_000);
    // Overrun: negative, the « dépassé de » case.
    expect(workshopTiming({ ...workshop, agenda }, start + 50 * 60_000).itemRemainingMs).toBe(
      -4 * 60_000,
    );
  });

  it('counts the first point from the workshop’s start', () => {
    const fresh = {
      ...workshop,
      agenda: workshop.agenda.map((item) => ({ ...item, done: false })),
    };
    expect(workshopTiming(fresh, start + 5 * 60_000).itemRemainingMs).toBe(15 * 60_000);
  });

  it('counts from the latest point closed, whatever its place', () => {
    const agenda = [
      {
        id: 'a1',
        title: 'A',
        minutes: 20,
        done: true,
        doneAt: new Date(start + 30 * 60_000).toISOString(),
      },
      {
        id: 'a2',
        title: 'B',
        minutes: 20,
        done: true,
        doneAt: new Date(start + 10 * 60_000).toISOString(),
      },
      { id: 'a3', title: 'C', minutes: 20, done: false },
    ];
    expect(workshopTiming({ ...workshop, agenda }, start + 35 * 60_000).itemRemainingMs).toBe(
      15 * 60_000,
    );
  });

  it('reads points closed before their time was recorded on the agenda’s schedule', () => {
    // Older prototypes: a1 is done but carries no doneAt; the form was due to end 80 minutes in.
    expect(workshopTiming(workshop, start + 45 * 60_000).itemRemainingMs).toBe(35 * 60_000);
  });

  it('goes negative when the workshop runs over, and stops at its end', () => {
    expect(workshopTiming(workshop, start + 130 * 60_000).remainingMs).toBe(-10 * 60_000);
    const ended = { ...workshop, endedAt: new Date(start + 100 * 60_000).toISOString() };
    expect(workshopTiming(ended, start + 500 * 60_000).remainingMs).toBe(20 * 60_000);
  });

  it('has no point in progress once the agenda is done', () => {
    const done = { ...workshop, agenda: workshop.agenda.map((item) => ({ ...item, done: true })) };
    expect(workshopTiming(done, start).currentItem).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it('writes hours, minutes and seconds, with a sign when over', () => {
    expect(formatDuration(2 * 3600_000)).toBe('2:00:00');
    expect(formatDuration(65_500)).toBe('0:01:05');
    expect(formatDuration(-180_000)).toBe('-0:03:00');
  });
});
