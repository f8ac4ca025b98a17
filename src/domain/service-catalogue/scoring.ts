import type { BuildingBlock, ServiceEntry } from './schema';
import type { SystemEntry } from './systems';

/** What makes digitising a service worth it. */
export const impactFactors = [
  'volume',
  'usersReached',
  'stepsSaved',
  'lifeEvent',
  'onlineGap',
] as const;
/** What makes digitising a service easy. */
export const feasibilityFactors = [
  'blocksAvailable',
  'noLegalChange',
  'headStart',
  'prototyped',
] as const;

export type ImpactFactor = (typeof impactFactors)[number];
export type FeasibilityFactor = (typeof feasibilityFactors)[number];
export type Factor = ImpactFactor | FeasibilityFactor;

export const MAX_WEIGHT = 5;

/**
 * What the organisation decides: how much each factor counts. What it already has is not a
 * setting: a building block is available when a system of the catalogue of systems that
 * provides it is in production.
 */
export interface ScoringSettings {
  weights: Record<Factor, number>;
}

export const defaultScoringSettings: ScoringSettings = {
  weights: {
    volume: 3,
    usersReached: 1,
    stepsSaved: 2,
    lifeEvent: 1,
    onlineGap: 2,
    blocksAvailable: 3,
    noLegalChange: 2,
    headStart: 1,
    prototyped: 1,
  },
};

/** Why a factor has the value it has, for the screen to put into words. */
export type FactorDetail =
  | { factor: 'volume'; volume: number | undefined; largest: number }
  | { factor: 'usersReached'; kinds: number }
  | { factor: 'stepsSaved'; interactions: number | undefined; visits: number | undefined }
  | { factor: 'lifeEvent'; events: number }
  | { factor: 'onlineGap'; level: number }
  | {
      factor: 'blocksAvailable';
      needed: number;
      missing: BuildingBlock[];
      /** Each available block needed, with the system in production that provides it. */
      providedBy: { block: BuildingBlock; system: string }[];
    }
  | { factor: 'noLegalChange'; legalChangeNeeded: boolean }
  | { factor: 'headStart'; level: number }
  | { factor: 'prototyped'; prototypes: number };

export interface FactorExplanation {
  factor: Factor;
  weight: number;
  /** How far the service goes on this factor, 0 to 1. */
  value: number;
  /** What the factor adds to the score, out of 100. */
  points: number;
  detail: FactorDetail;
}

export interface Score {
  /** 0 to 100. */
  value: number;
  /** One line per factor: the score is the sum of their points. */
  explanation: FactorExplanation[];
}

export const quadrants = ['quickWins', 'strategic', 'later', 'reconsider'] as const;
export type Quadrant = (typeof quadrants)[number];

/** A score at or above this is high. */
export const QUADRANT_THRESHOLD = 50;

export interface ScoredService {
  id: string;
  name: string;
  impact: Score;
  feasibility: Score;
  quadrant: Quadrant;
}

/** What one service is compared with: the largest figures of the catalogue, and its systems. */
interface Scale {
  largestVolume: number;
  largestStepsSaved: number;
  /** For each block available, the name of the first system in production providing it. */
  inProduction: Map<BuildingBlock, string>;
}

const stepsSaved = (entry: ServiceEntry) =>
  // A visit in person costs the requester more than any other exchange.
  (entry.interactions ?? 0) + 2 * (entry.visits ?? 0);

/** log scale: a service with 100 times fewer requests is not 100 times less worth it. */
const logShare = (value: number, largest: number) =>
  largest <= 0 ? 0 : Math.log10(1 + value) / Math.log10(1 + largest);

function factorValue(entry: ServiceEntry, factor: Factor, scale: Scale) {
  switch (factor) {
    case 'volume':
      return {
        value: logShare(entry.yearlyVolume ?? 0, scale.largestVolume),
        detail: { factor, volume: entry.yearlyVolume, largest: scale.largestVolume },
      };
    case 'usersReached':
      return {
        value: entry.users.length / 4,
        detail: { factor, kinds: entry.users.length },
      };
    case 'stepsSaved':
      return {
        value: scale.largestStepsSaved <= 0 ? 0 : stepsSaved(entry) / scale.largestStepsSaved,
        detail: { factor, interactions: entry.interactions, visits: entry.visits },
      };
    case 'lifeEvent':
      return {
        value: entry.lifeEvents.length > 0 ? 1 : 0,
        detail: { factor, events: entry.lifeEvents.length },
      };
    case 'onlineGap':
      return { value: (4 - entry.level) / 3, detail: { factor, level: entry.level } };
    case 'blocksAvailable': {
      const missing = entry.buildingBlocks.filter((block) => !scale.inProduction.has(block));
      const providedBy = entry.buildingBlocks.flatMap((block) => {
        const system = scale.inProduction.get(block);
        return system === undefined ? [] : [{ block, system }];
      });
      const needed = entry.buildingBlocks.length;
      return {
        value: needed === 0 ? 1 : (needed - missing.length) / needed,
        detail: { factor, needed, missing, providedBy },
      };
    }
    case 'noLegalChange':
      return {
        value: entry.legalChangeNeeded ? 0 : 1,
        detail: { factor, legalChangeNeeded: entry.legalChangeNeeded },
      };
    case 'headStart':
      return { value: (entry.level - 1) / 3, detail: { factor, level: entry.level } };
    case 'prototyped':
      return {
        value: entry.prototypeIds.length > 0 ? 1 : 0,
        detail: { factor, prototypes: entry.prototypeIds.length },
      };
  }
}

function score(
  entry: ServiceEntry,
  factors: readonly Factor[],
  scale: Scale,
  settings: ScoringSettings,
): Score {
  const totalWeight = factors.reduce((sum, factor) => sum + settings.weights[factor], 0);
  const explanation = factors.map((factor): FactorExplanation => {
    const weight = settings.weights[factor];
    const { value, detail } = factorValue(entry, factor, scale);
    const points = totalWeight === 0 ? 0 : (100 * weight * value) / totalWeight;
    return { factor, weight, value, points, detail: detail as FactorDetail };
  });
  const value = Math.round(explanation.reduce((sum, line) => sum + line.points, 0));
  return { value, explanation };
}

export function quadrantOf(impact: number, feasibility: number): Quadrant {
  const high = (value: number) => value >= QUADRANT_THRESHOLD;
  if (high(impact)) return high(feasibility) ? 'quickWins' : 'strategic';
  return high(feasibility) ? 'later' : 'reconsider';
}

/** Each block a system in production provides, with that system's name (the first one). */
function blocksInProductionBy(systems: readonly SystemEntry[]): Map<BuildingBlock, string> {
  const found = new Map<BuildingBlock, string>();
  for (const system of systems) {
    if (!system.inProduction) continue;
    for (const block of system.blocks) if (!found.has(block)) found.set(block, system.name.trim());
  }
  return found;
}

/** The largest of some numbers, without spreading a long list into arguments. */
const largest = (values: Iterable<number>) => {
  let max = 0;
  for (const value of values) if (value > max) max = value;
  return max;
};

/**
 * Every service's impact and feasibility, with how they were computed, and its quadrant.
 * `systems` is the catalogue of systems: a block counts as available when one of them in
 * production provides it.
 */
export function scoreCatalogue(
  entries: readonly ServiceEntry[],
  settings: ScoringSettings,
  systems: readonly SystemEntry[],
): ScoredService[] {
  const scale: Scale = {
    largestVolume: largest(entries.map((entry) => entry.yearlyVolume ?? 0)),
    largestStepsSaved: largest(entries.map(stepsSaved)),
    inProduction: blocksInProductionBy(systems),
  };
  return entries.map((entry) => {
    const impact = score(entry, impactFactors, scale, settings);
    const feasibility = score(entry, feasibilityFactors, scale, settings);
    return {
      id: entry.id,
      name: entry.name,
      impact,
      feasibility,
      quadrant: quadrantOf(impact.value, feasibility.value),
    };
  });
}

/** Settings read back from storage: unknown or missing weights fall back to the defaults. */
export function readScoringSettings(stored: unknown): ScoringSettings {
  const candidate = (stored ?? {}) as Partial<ScoringSettings>;
  const weights = { ...defaultScoringSettings.weights };
  for (const factor of Object.keys(weights) as Factor[]) {
    const weight = candidate.weights?.[factor];
    if (
      typeof weight === 'number' &&
      Number.isInteger(weight) &&
      weight >= 0 &&
      weight <= MAX_WEIGHT
    ) {
      weights[factor] = weight;
    }
  }
  return { weights };
}
