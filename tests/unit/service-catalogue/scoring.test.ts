import { describe, expect, it } from 'vitest';
import {
  createServiceEntry,
  type ServiceEntry,
} from '../../../src/domain/service-catalogue/schema';
import {
  defaultScoringSettings,
  quadrantOf,
  readScoringSettings,
  scoreCatalogue,
  type ScoringSettings,
} from '../../../src/domain/service-catalogue/scoring';
import { createSystem, type SystemEntry } from '../../../src/domain/service-catalogue/systems';

const now = new Date('2026-12-01T10:00:00Z');
const entry = (id: string, change: Partial<ServiceEntry>): ServiceEntry => ({
  ...createServiceEntry(id, id, now),
  ...change,
});

const bigHard = entry('big', {
  yearlyVolume: 100_000,
  users: ['individuals', 'businesses'],
  interactions: 4,
  visits: 2,
  lifeEvents: ['Je déménage'],
  level: 1,
  buildingBlocks: ['identity', 'payment'],
  legalChangeNeeded: true,
});
const smallEasy = entry('small', {
  yearlyVolume: 100,
  users: ['associations'],
  interactions: 1,
  level: 3,
  prototypeIds: ['p1'],
});

describe('scoreCatalogue', () => {
  it('explains each score: its points add up to it, one line per factor', () => {
    const [big] = scoreCatalogue([bigHard, smallEasy], defaultScoringSettings, []);
    const sum = (lines: { points: number }[]) =>
      lines.reduce((total, line) => total + line.points, 0);
    expect(big!.impact.explanation.map((line) => line.factor)).toEqual([
      'volume',
      'usersReached',
      'stepsSaved',
      'lifeEvent',
      'onlineGap',
    ]);
    expect(big!.impact.value).toBe(Math.round(sum(big!.impact.explanation)));
    expect(big!.feasibility.value).toBe(Math.round(sum(big!.feasibility.explanation)));
    expect(big!.impact.explanation[0]).toMatchObject({
      weight: 3,
      value: 1,
      detail: { factor: 'volume', volume: 100_000, largest: 100_000 },
    });
    expect(big!.feasibility.explanation[0]).toMatchObject({
      factor: 'blocksAvailable',
      value: 0,
      detail: { needed: 2, missing: ['identity', 'payment'] },
    });
  });

  it('puts a large service at level 1 among strategic ones and a small easy one in later', () => {
    const scored = scoreCatalogue([bigHard, smallEasy], defaultScoringSettings, []);
    expect(scored.map((service) => [service.id, service.quadrant])).toEqual([
      ['big', 'strategic'],
      ['small', 'later'],
    ]);
  });

  it('moves services between quadrants when the organisation changes a weight or has a block', () => {
    const settings: ScoringSettings = {
      weights: { ...defaultScoringSettings.weights, noLegalChange: 0, headStart: 0, prototyped: 0 },
    };
    const systems: SystemEntry[] = [
      { ...createSystem('fc', 'FranceConnect'), blocks: ['identity'], inProduction: true },
      { ...createSystem('pay', 'PayFiP'), blocks: ['payment'], inProduction: true },
    ];
    const [big] = scoreCatalogue([bigHard, smallEasy], settings, systems);
    expect(big!.feasibility.value).toBe(100);
    expect(big!.quadrant).toBe('quickWins');
  });

  it('counts a building block as available only when a system in production provides it, and says which', () => {
    const systems: SystemEntry[] = [
      // Being tested: not yet available.
      { ...createSystem('pay-test', 'Régie en test'), blocks: ['payment'] },
      { ...createSystem('fc', 'FranceConnect'), blocks: ['identity'], inProduction: true },
      { ...createSystem('fc2', 'Autre fournisseur'), blocks: ['identity'], inProduction: true },
    ];
    const [big] = scoreCatalogue([bigHard], defaultScoringSettings, systems);
    expect(big!.feasibility.explanation[0]).toMatchObject({
      factor: 'blocksAvailable',
      value: 0.5,
      detail: {
        needed: 2,
        missing: ['payment'],
        providedBy: [{ block: 'identity', system: 'FranceConnect' }],
      },
    });
    // The payment system goes into production: the block is available, the score rises.
    const live = systems.map((system) =>
      system.id === 'pay-test' ? { ...system, inProduction: true } : system,
    );
    const [after] = scoreCatalogue([bigHard], defaultScoringSettings, live);
    expect(after!.feasibility.explanation[0]).toMatchObject({
      value: 1,
      detail: {
        missing: [],
        providedBy: [{ block: 'identity' }, { block: 'payment', system: 'Régie en test' }],
      },
    });
    expect(after!.feasibility.value).toBeGreaterThan(big!.feasibility.value);
  });

  it('scores 0 with an explanation of 0 points when every weight is 0', () => {
    const weights = Object.fromEntries(
      Object.keys(defaultScoringSettings.weights).map((factor) => [factor, 0]),
    ) as ScoringSettings['weights'];
    const [big] = scoreCatalogue([bigHard], { weights }, []);
    expect(big!.impact.value).toBe(0);
    expect(big!.impact.explanation.every((line) => line.points === 0)).toBe(true);
  });

  it('counts a service whose volume is unknown as having none, and says so', () => {
    const [unknown] = scoreCatalogue([entry('u', {}), bigHard], defaultScoringSettings, []);
    expect(unknown!.impact.explanation[0]).toMatchObject({
      value: 0,
      detail: { volume: undefined },
    });
  });
});

describe('quadrantOf', () => {
  it('splits at 50 on both axes', () => {
    expect(quadrantOf(50, 50)).toBe('quickWins');
    expect(quadrantOf(50, 49)).toBe('strategic');
    expect(quadrantOf(49, 50)).toBe('later');
    expect(quadrantOf(49, 49)).toBe('reconsider');
  });
});

describe('readScoringSettings', () => {
  it('keeps valid stored weights and falls back to the defaults for the rest', () => {
    const settings = readScoringSettings({
      weights: { volume: 5, usersReached: -1, stepsSaved: 2.5, lifeEvent: '3' },
      availableBlocks: ['payment', 'teleportation'],
    });
    expect(settings.weights.volume).toBe(5);
    expect(settings.weights.usersReached).toBe(defaultScoringSettings.weights.usersReached);
    expect(settings.weights.stepsSaved).toBe(defaultScoringSettings.weights.stepsSaved);
    expect(settings.weights.lifeEvent).toBe(defaultScoringSettings.weights.lifeEvent);
    // Blocks were once ticked here; they now come from the systems in production.
    expect(settings).not.toHaveProperty('availableBlocks');
    expect(readScoringSettings(undefined)).toEqual(defaultScoringSettings);
  });
});
