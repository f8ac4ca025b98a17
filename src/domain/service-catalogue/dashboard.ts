import { roadmapTotals, type RoadmapYear } from './roadmap';
import {
  buildingBlocks,
  digitisationLevels,
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

/**
 * The targets each indicator is held to: fully online, a satisfaction of 8 out of 10, full
 * accessibility, half the answers prefilled from verified sources (« Dites-le-nous une
 * fois »), and 80 % of requests made online.
 */
export const indicatorTargets = {
  satisfaction: 8,
  accessibility: 'full' as AccessibilityLevel,
  dataNotAskedAgain: 50,
  shareOnline: 80,
} as const;

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
  services: ServiceIndicators[];
  summaries: IndicatorSummary[];
  /** Services at each level today. */
  levels: { level: DigitisationLevel; services: number }[];
  roadmap: RoadmapYear[];
  /** Building blocks the organisation lacks, by how many services wait on them, most first. */
  blocking: BlockingBlock[];
}

const percent = (part: number, whole: number) => Math.round((1000 * part) / whole) / 10;

function indicatorsOf(entry: ServiceEntry): ServiceIndicators {
  const asked = entry.design?.fieldsAsked;
  const prefilled = entry.design?.fieldsPrefilled;
  const hasShares = Object.keys(entry.channelShares).length > 0;
  const service: ServiceIndicators = {
    id: entry.id,
    name: entry.name,
    level: entry.level,
    onlineEndToEnd: entry.level === 4,
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
      service.satisfaction === undefined
        ? undefined
        : service.satisfaction >= indicatorTargets.satisfaction,
    accessibility:
      service.accessibility === undefined
        ? undefined
        : service.accessibility === indicatorTargets.accessibility,
    dataNotAskedAgain:
      service.dataNotAskedAgain === undefined
        ? undefined
        : service.dataNotAskedAgain >= indicatorTargets.dataNotAskedAgain,
    shareOnline:
      service.shareOnline === undefined
        ? undefined
        : service.shareOnline >= indicatorTargets.shareOnline,
  };
  return service;
}

/** The figures of the public dashboard: per service, and for the organisation. */
export function dashboardFigures(
  entries: readonly ServiceEntry[],
  availableBlocks: readonly BuildingBlock[],
  years: readonly number[],
): DashboardFigures {
  const services = entries.map(indicatorsOf);
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
  return { services, summaries, levels, roadmap: roadmapTotals(entries, years), blocking };
}
