import { describe, expect, it } from 'vitest';
import { createServiceEntry, entryProblems } from '../../../src/domain/service-catalogue/schema';

const entry = createServiceEntry('s1', 'Carte résident', new Date('2026-12-01T10:00:00Z'));

describe('entryProblems', () => {
  it('accepts a new entry with a name', () => {
    expect(entryProblems(entry)).toEqual([]);
  });

  it('names the field and the message key of each problem', () => {
    expect(
      entryProblems({
        ...entry,
        name: '  ',
        yearlyVolume: -3,
        channelShares: { web: 40, counter: 30 },
        levelOverride: { level: 4, reason: '' },
      }),
    ).toEqual([
      { field: 'name', message: 'nameRequired' },
      { field: 'channelShares', message: 'sharesTotal' },
      { field: 'yearlyVolume', message: 'negative' },
      { field: 'levelOverride.reason', message: 'overrideReason' },
    ]);
  });

  it('accepts shares that make 100 % and no shares at all', () => {
    expect(entryProblems({ ...entry, channelShares: { web: 33.3, counter: 66.7 } })).toEqual([]);
    expect(entryProblems({ ...entry, channelShares: {} })).toEqual([]);
  });

  it('refuses a level outside 1 to 4', () => {
    expect(entryProblems({ ...entry, level: 5 as never })).toEqual([
      { field: 'level', message: 'levelRange' },
    ]);
  });
});
