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
    // The form was due to end 80 minutes in.
    expect(timing.itemRemainingMs).toBe(35 * 60_000);
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
