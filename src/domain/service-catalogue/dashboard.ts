import { roadmapTotals, type RoadmapYear } from './roadmap';
import {
  accessibilityLevels,
  buildingBlocks,
  digitisationLevels,
  MAX_SATISFACTION,
  type AccessibilityLevel,
  type BuildingBlock,
  type DigitisationLevel,
  type ServiceEntry,
} from './schema';

/** The indicators the public observatory follows for each service. */
export const indicatorIds = [
  'onlineEndToEnd',
  'satisfaction',
  'accessibility',
  'dataNotAskedAgain',
  'shareOnline',
] as const;
export type IndicatorId = (typeof indicatorIds)[number];

/** The targets the organisation holds each service's indicators to. */
export interface IndicatorTargets {
  /** The level a service must reach to count as online end to end. */
  onlineEndToEnd: DigitisationLevel;
  /** The least satisfaction, out of 10. */
  satisfaction: number;
  /** The least compliance with the accessibility standard. */
  accessibility: Exclude<AccessibilityLevel, 'none'>;
  /** The least share of the answers prefilled from verified sources, in percent. */
  dataNotAskedAgain: number;
  /** The least share of requests made online, in percent. */
  shareOnline: number;
}

/**
 * Until the organisation sets its own: fully online, a satisfaction of 8 out of 10, full
 * accessibility, half the answers prefilled from verified sources (« Dites-le-nous une
 * fois »), and 80 % of requests made online.
 */
export const defaultIndicatorTargets: IndicatorTargets = {
  onlineEndToEnd: 4,
  satisfaction: 8,
  accessibility: 'full',
  dataNotAskedAgain: 50,
  shareOnline: 80,
};

const within = (value: unknown, max: number, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max
    ? value
    : fallback;

/** Targets as stored or read from a file: anything out of range falls back to the default. */
export function readIndicatorTargets(value: unknown): IndicatorTargets {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  const d = defaultIndicatorTargets;
  return {
    onlineEndToEnd:
      digitisationLevels.find((level) => level === stored.onlineEndToEnd) ?? d.onlineEndToEnd,
    satisfaction: within(stored.satisfaction, MAX_SATISFACTION, d.satisfaction),
    accessibility: stored.accessibility === 'partial' ? 'partial' : d.accessibility,
    dataNotAskedAgain: within(stored.dataNotAskedAgain, 100, d.dataNotAskedAgain),
    shareOnline: within(stored.shareOnline, 100, d.shareOnline),
  };
}

const accessibilityRank = (level: AccessibilityLevel) => accessibilityLevels.indexOf(level);

/** One service's indicators; a value absent is not known. */
export interface ServiceIndicators {
  id: string;
  name: string;
  level: DigitisationLevel;
  onlineEndToEnd: boolean;
  satisfaction?: number;
  accessibility?: AccessibilityLevel;
  /** Share of the answers asked that are prefilled from a verified source, in percent. */
  dataNotAskedAgain?: number;
  /** Share of the requests made on the web today, in percent. */
  shareOnline?: number;
  /** Whether each indicator meets its target; absent when the value is not known. */
  met: Partial<Record<IndicatorId, boolean>>;
}

export interface IndicatorSummary {
  indicator: IndicatorId;
  /** Services whose value is known. */
  known: number;
  /** Of which meeting the target. */
  met: number;
}

export interface BlockingBlock {
  block: BuildingBlock;
  /** Services not yet fully online that wait on it. */
  services: number;
}

export interface DashboardFigures {
  /** The targets the indicators were held to. */
  targets: IndicatorTargets;
  services: ServiceIndicators[];
  summaries: IndicatorSummary[];
  /** Services at each level today. */
  levels: { level: DigitisationLevel; services: number }[];
  roadmap: RoadmapYear[];
  /** Building blocks the organisation lacks, by how many services wait on them, most first. */
  blocking: BlockingBlock[];
}

const percent = (part: number, whole: number) => Math.round((1000 * part) / whole) / 10;

function indicatorsOf(entry: ServiceEntry, targets: IndicatorTargets): ServiceIndicators {
  const asked = entry.design?.fieldsAsked;
  const prefilled = entry.design?.fieldsPrefilled;
  const hasShares = Object.keys(entry.channelShares).length > 0;
  const service: ServiceIndicators = {
    id: entry.id,
    name: entry.name,
    level: entry.level,
    onlineEndToEnd: entry.level >= targets.onlineEndToEnd,
    satisfaction: entry.indicators?.satisfaction,
    accessibility: entry.indicators?.accessibility,
    dataNotAskedAgain:
      asked !== undefined && asked > 0 && prefilled !== undefined
        ? percent(Math.min(prefilled, asked), asked)
        : undefined,
    shareOnline: hasShares ? (entry.channelShares.web ?? 0) : undefined,
    met: {},
  };
  service.met = {
    onlineEndToEnd: service.onlineEndToEnd,
    satisfaction:
      service.satisfaction === undefined ? undefined : service.satisfaction >= targets.satisfaction,
    accessibility:
      service.accessibility === undefined
        ? undefined
        : accessibilityRank(service.accessibility) >= accessibilityRank(targets.accessibility),
    dataNotAskedAgain:
      service.dataNotAskedAgain === undefined
        ? undefined
        : service.dataNotAskedAgain >= targets.dataNotAskedAgain,
    shareOnline:
      service.shareOnline === undefined ? undefined : service.shareOnline >= targets.shareOnline,
  };
  return service;
}

/** The figures of the public dashboard: per service, and for the organisation. */
export function dashboardFigures(
  entries: readonly ServiceEntry[],
  availableBlocks: readonly BuildingBlock[],
  years: readonly number[],
  targets: IndicatorTargets = defaultIndicatorTargets,
): DashboardFigures {
  const services = entries.map((entry) => indicatorsOf(entry, targets));
  const summaries = indicatorIds.map((indicator) => {
    const known = services.filter((service) => service.met[indicator] !== undefined);
    return {
      indicator,
      known: known.length,
      met: known.filter((service) => service.met[indicator]).length,
    };
  });
  const levels = digitisationLevels.map((level) => ({
    level,
    services: entries.filter((entry) => entry.level === level).length,
  }));
  const waiting = entries.filter((entry) => entry.level < 4);
  const blocking = buildingBlocks
    .filter((block) => !availableBlocks.includes(block))
    .map((block) => ({
      block,
      services: waiting.filter((entry) => entry.buildingBlocks.includes(block)).length,
    }))
    .filter((block) => block.services > 0)
    .sort((a, b) => b.services - a.services);
  return {
    targets,
    services,
    summaries,
    levels,
    roadmap: roadmapTotals(entries, years),
    blocking,
  };
}
