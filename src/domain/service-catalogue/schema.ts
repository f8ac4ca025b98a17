import { z } from 'zod';
import {
  MAX_STEPS,
  MAX_YEARLY_VOLUME,
  SERVICE_NAME_MAX_LENGTH,
  SERVICE_TEXT_MAX_LENGTH,
} from './limits';
import { readStoredDesign, serviceDesignSchema } from './design';

export { MAX_STEPS, MAX_YEARLY_VOLUME, SERVICE_NAME_MAX_LENGTH, SERVICE_TEXT_MAX_LENGTH };

/** Who uses a service. */
export const userKinds = ['individuals', 'businesses', 'associations', 'administrations'] as const;

/** How requests reach the service today. */
export const channels = ['counter', 'mail', 'phone', 'email', 'web'] as const;

/** The shared components a service may need to be fully online. */
export const buildingBlocks = [
  'identity',
  'payment',
  'eSignature',
  'messaging',
  'registries',
  'consent',
  'scheduling',
  'geographicData',
  'workflow',
] as const;

/** Whether the service meets the accessibility standard (RGAA): not, partly, or fully. */
export const accessibilityLevels = ['none', 'partial', 'full'] as const;
export type AccessibilityLevel = (typeof accessibilityLevels)[number];
/** Requester satisfaction is a mark out of 10, as the public observatory gives it. */
export const MAX_SATISFACTION = 10;

/** 1 informative, 2 downloadable forms, 3 web submission, 4 fully online end to end. */
export const digitisationLevels = [1, 2, 3, 4] as const;

export type UserKind = (typeof userKinds)[number];
export type Channel = (typeof channels)[number];
export type BuildingBlock = (typeof buildingBlocks)[number];
export type DigitisationLevel = (typeof digitisationLevels)[number];

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/**
 * The messages below are i18n keys under `serviceCatalogue:problems.`: the screen shows them
 * in the reader's language, never zod's English.
 */
const level = z.literal(digitisationLevels, { error: 'levelRange' });
const bounded = (max: number) =>
  z
    .number({ error: 'notANumber' })
    .int({ error: 'notWhole' })
    .min(0, { error: 'negative' })
    .max(max, { error: 'tooLarge' });

export const channelSharesSchema = z
  .partialRecord(
    z.enum(channels),
    z.number({ error: 'notANumber' }).min(0, { error: 'negative' }).max(100, { error: 'over100' }),
  )
  .superRefine((shares, context) => {
    const values = Object.values(shares);
    if (values.length === 0) return;
    const total = values.reduce((sum, share) => sum + share, 0);
    // Shares typed as whole percentages, or computed ones a rounding away from 100.
    if (Math.abs(total - 100) > 0.5) context.addIssue({ code: 'custom', message: 'sharesTotal' });
  });

export const levelOverrideSchema = z.object({
  level,
  /** Why the team sets another level than the one proposed. */
  reason: z.string().trim().min(1, { error: 'overrideReason' }).max(SERVICE_TEXT_MAX_LENGTH),
});

/** One service of the organisation, prototyped in Fabrik or not. */
export const serviceEntrySchema = z.object({
  /** Stable identifier, never shown. */
  id: z.string().min(1),
  name: z
    .string()
    .trim()
    .min(1, { error: 'nameRequired' })
    .max(SERVICE_NAME_MAX_LENGTH, { error: 'nameTooLong' }),
  description: z.string().max(SERVICE_TEXT_MAX_LENGTH, { error: 'textTooLong' }),
  /** The department that runs the service. */
  owner: z.string().max(SERVICE_NAME_MAX_LENGTH, { error: 'textTooLong' }),
  users: z.array(z.enum(userKinds)),
  /** Life events the service belongs to (« Je déménage »…), in the team's words. */
  lifeEvents: z.array(z.string().max(SERVICE_NAME_MAX_LENGTH, { error: 'textTooLong' })),
  /** The texts the service rests on. */
  legalBasis: z.string().max(SERVICE_TEXT_MAX_LENGTH, { error: 'textTooLong' }),
  /** Whether going fully online needs a change of those texts. */
  legalChangeNeeded: z.boolean(),
  /** How requests arrive today, in percent; together they make 100 %. */
  channelShares: channelSharesSchema,
  /** Requests a year; absent when not known. */
  yearlyVolume: bounded(MAX_YEARLY_VOLUME).optional(),
  /** Exchanges with the service needed to complete a request. */
  interactions: bounded(MAX_STEPS).optional(),
  /** Of which visits in person. */
  visits: bounded(MAX_STEPS).optional(),
  buildingBlocks: z.array(z.enum(buildingBlocks)),
  /** Ids of the systems (catalogue of systems) the service rests on; absent until chosen. */
  systemIds: z.array(z.string().min(1)).optional(),
  /** Ids of the prototypes that design this service. */
  prototypeIds: z.array(z.string().min(1)),
  /** The level today. */
  level,
  /** The level the team sets instead of the one proposed from a prototype, and why. */
  levelOverride: levelOverrideSchema.optional(),
  /** The year the roadmap plans the service to be fully online; absent when not planned. */
  plannedYear: z
    .number()
    .int()
    .min(MIN_YEAR, { error: 'yearRange' })
    .max(MAX_YEAR, { error: 'yearRange' })
    .optional(),
  /** What the public observatory follows that only the team can tell; absent until known. */
  indicators: z
    .object({
      /** Requester satisfaction, out of 10. */
      satisfaction: z
        .number({ error: 'notANumber' })
        .min(0, { error: 'negative' })
        .max(MAX_SATISFACTION, { error: 'tooLarge' })
        .optional(),
      /** Compliance with the accessibility standard. */
      accessibility: z.enum(accessibilityLevels).optional(),
    })
    .optional(),
  /** How the service is designed: typed by the team or filled from its prototypes. */
  design: serviceDesignSchema.optional(),
  /**
   * What the linked prototypes said at the last fill: a part of `design` still equal to it
   * was not typed by the team, so it follows the prototypes; one that differs is the team's.
   */
  designFromPrototypes: serviceDesignSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type ChannelShares = z.infer<typeof channelSharesSchema>;
export type LevelOverride = z.infer<typeof levelOverrideSchema>;
export type ServiceEntry = z.infer<typeof serviceEntrySchema>;

/** A problem of an entry: where (the first key of its path) and which message. */
export interface EntryProblem {
  field: string;
  message: string;
}

/** What is wrong with an entry, as message keys per field; empty when it is valid. */
export function entryProblems(entry: ServiceEntry): EntryProblem[] {
  const result = serviceEntrySchema.safeParse(entry);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || 'entry',
    message: issue.message,
  }));
}

/** A new, empty entry. */
export function createServiceEntry(id: string, name: string, now: Date): ServiceEntry {
  const at = now.toISOString();
  return {
    id,
    name,
    description: '',
    owner: '',
    users: [],
    lifeEvents: [],
    legalBasis: '',
    legalChangeNeeded: false,
    channelShares: {},
    buildingBlocks: [],
    prototypeIds: [],
    level: 1,
    createdAt: at,
    updatedAt: at,
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const strings = (value: unknown) => (Array.isArray(value) ? value.filter(isString) : []);
const count = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

function readIndicators(value: unknown): ServiceEntry['indicators'] {
  if (typeof value !== 'object' || value === null) return undefined;
  const { satisfaction, accessibility } = value as Record<string, unknown>;
  return {
    satisfaction:
      typeof satisfaction === 'number' && satisfaction >= 0 && satisfaction <= MAX_SATISFACTION
        ? satisfaction
        : undefined,
    accessibility: accessibilityLevels.find((level) => level === accessibility),
  };
}

/**
 * An entry as stored, which may hold a draft that breaks a rule (it is kept while the user
 * types): anything of the wrong kind falls back to empty; a row without an id is no entry.
 */
export function readStoredEntry(row: unknown): ServiceEntry | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const stored = row as Record<string, unknown>;
  if (!isString(stored.id) || stored.id === '') return undefined;
  const base = createServiceEntry(stored.id, isString(stored.name) ? stored.name : '', new Date(0));
  const shares: ChannelShares = {};
  if (typeof stored.channelShares === 'object' && stored.channelShares !== null) {
    for (const channel of channels) {
      const share = (stored.channelShares as Record<string, unknown>)[channel];
      if (typeof share === 'number' && Number.isFinite(share)) shares[channel] = share;
    }
  }
  const override = stored.levelOverride as Partial<LevelOverride> | undefined;
  return {
    ...base,
    description: isString(stored.description) ? stored.description : '',
    owner: isString(stored.owner) ? stored.owner : '',
    users: userKinds.filter((kind) => strings(stored.users).includes(kind)),
    lifeEvents: strings(stored.lifeEvents),
    legalBasis: isString(stored.legalBasis) ? stored.legalBasis : '',
    legalChangeNeeded: stored.legalChangeNeeded === true,
    channelShares: shares,
    yearlyVolume: count(stored.yearlyVolume),
    interactions: count(stored.interactions),
    visits: count(stored.visits),
    buildingBlocks: buildingBlocks.filter((block) =>
      strings(stored.buildingBlocks).includes(block),
    ),
    systemIds: Array.isArray(stored.systemIds) ? strings(stored.systemIds) : undefined,
    prototypeIds: strings(stored.prototypeIds),
    level: digitisationLevels.find((level) => level === stored.level) ?? 1,
    levelOverride:
      override && digitisationLevels.some((level) => level === override.level)
        ? { level: override.level!, reason: isString(override.reason) ? override.reason : '' }
        : undefined,
    plannedYear:
      typeof stored.plannedYear === 'number' &&
      Number.isInteger(stored.plannedYear) &&
      stored.plannedYear >= MIN_YEAR &&
      stored.plannedYear <= MAX_YEAR
        ? stored.plannedYear
        : undefined,
    indicators: readIndicators(stored.indicators),
    design: readStoredDesign(stored.design),
    designFromPrototypes: readStoredDesign(stored.designFromPrototypes),
    createdAt: isString(stored.createdAt) ? stored.createdAt : base.createdAt,
    updatedAt: isString(stored.updatedAt) ? stored.updatedAt : base.updatedAt,
  };
}
