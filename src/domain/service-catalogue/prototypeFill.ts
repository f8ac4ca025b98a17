import type { ProcessGraph } from '../process/graph';
import type { reviewStatuses } from '../prototype/model';
import type { Prototype } from '../prototype/schema';
import { messageChannels } from '../tracking/schema';
import { designKeys, type DesignKey, type DesignValue, type ServiceDesign } from './design';
import { allFields, NOT_ASKING } from './levelProposal';
import type { ServiceEntry } from './schema';

type DesignSource = Pick<Prototype, 'form' | 'tracking' | 'exceptions' | 'status' | 'goingFurther'>;

/**
 * The day the going-further calendar says the service must be open to all, when the
 * prototype has that calendar and the day is chosen.
 */
function launchDateOf(prototype: DesignSource): string | undefined {
  const deadline = prototype.goingFurther?.calendar?.deadline;
  return deadline ? deadline : undefined;
}

/** What one prototype says of its service's design; `graph` is its process, if it reads. */
export function prototypeDesign(
  prototype: DesignSource,
  graph: ProcessGraph | undefined,
): ServiceDesign {
  const fields = allFields(prototype.form).filter((field) => !NOT_ASKING.has(field.type));
  const tasks = (graph?.elements ?? []).filter((element) => element.kind === 'task');
  const roles = tasks
    .map((task) => (task.role ?? task.lane ?? '').trim())
    .filter((role) => role !== '');
  const used = new Set(prototype.tracking.messages.map((message) => message.channel));
  const design: ServiceDesign = {
    fieldsAsked: fields.length,
    fieldsPrefilled: fields.filter((field) => field.prefill !== undefined).length,
    roles: [...new Set(roles)],
    messageChannels: messageChannels.filter((channel) => used.has(channel)),
    exceptions: prototype.exceptions.length,
    reviewState: prototype.status,
  };
  // Without a readable diagram the flow's steps and roles are unknown, not zero.
  if (graph) design.processSteps = tasks.length;
  else delete design.roles;
  const days = prototype.tracking.commitment.days;
  if (days !== null) design.responseDays = days;
  const launchDate = launchDateOf(prototype);
  if (launchDate) design.launchDate = launchDate;
  return design;
}

/** How far along review a state is: several prototypes are as far as the least advanced. */
const reviewRank: Record<(typeof reviewStatuses)[number], number> = {
  draft: 0,
  rejected: 0,
  'changes-requested': 1,
  submitted: 2,
  verified: 3,
  approved: 4,
};

const union = <T>(lists: (readonly T[] | undefined)[]): T[] | undefined =>
  lists.some((list) => list === undefined) ? undefined : [...new Set(lists.flat() as T[])];

/** Every part known only when every prototype knows it. */
function allKnown<T>(values: (T | undefined)[], combine: (known: T[]) => T): T | undefined {
  return values.length > 0 && values.every((value) => value !== undefined)
    ? combine(values as T[])
    : undefined;
}

/**
 * The design of a service made of several prototypes: counts add up, lists join, the
 * service answers in the longest promised time, is as far in review as its least advanced
 * part, and opens when its last part does.
 */
export function combineDesigns(designs: readonly ServiceDesign[]): ServiceDesign {
  const sum = (numbers: number[]) => numbers.reduce((total, value) => total + value, 0);
  const combined: ServiceDesign = {
    fieldsAsked: allKnown(
      designs.map((design) => design.fieldsAsked),
      sum,
    ),
    fieldsPrefilled: allKnown(
      designs.map((design) => design.fieldsPrefilled),
      sum,
    ),
    processSteps: allKnown(
      designs.map((design) => design.processSteps),
      sum,
    ),
    roles: designs.length ? union(designs.map((design) => design.roles)) : undefined,
    responseDays: allKnown(
      designs.map((design) => design.responseDays),
      (days) => Math.max(...days),
    ),
    messageChannels: designs.length
      ? union(designs.map((design) => design.messageChannels))
      : undefined,
    exceptions: allKnown(
      designs.map((design) => design.exceptions),
      sum,
    ),
    reviewState: allKnown(
      designs.map((design) => design.reviewState),
      (states) =>
        states.reduce((least, state) => (reviewRank[state] < reviewRank[least] ? state : least)),
    ),
    launchDate: allKnown(
      designs.map((design) => design.launchDate),
      (days) => [...days].sort().at(-1)!,
    ),
  };
  for (const key of designKeys) if (combined[key] === undefined) delete combined[key];
  return combined;
}

/** Whether two values of a part say the same (lists in any order). */
export function sameDesignValue(a: DesignValue | undefined, b: DesignValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
  return a === b;
}

/** A part the team typed that the prototypes now say otherwise: the team chooses. */
export interface DesignDifference {
  key: DesignKey;
  /** What the entry holds, typed by the team. */
  typed: DesignValue;
  /** What the linked prototypes say. */
  fromPrototypes: DesignValue;
}

export interface FillResult {
  /** The entry with every part it can take from the prototypes; unchanged when nothing is new. */
  entry: ServiceEntry;
  /** The parts left as typed, because the prototypes say otherwise. */
  differences: DesignDifference[];
}

const withPart = (design: ServiceDesign, key: DesignKey, value: DesignValue | undefined) => {
  const next: ServiceDesign = { ...design };
  if (value === undefined) delete next[key];
  else Object.assign(next, { [key]: value });
  return next;
};

/**
 * Fills an entry from what its prototypes say, and keeps it up to date: a part that is empty,
 * or still what the prototypes said last time, takes their new value; a part the team typed
 * is never overwritten, and is reported when the prototypes now say something else (until
 * the team chooses: see `resolveDifference`).
 */
export function fillFromPrototypes(entry: ServiceEntry, fromPrototypes: ServiceDesign): FillResult {
  let design = entry.design ?? {};
  let baseline = entry.designFromPrototypes ?? {};
  const differences: DesignDifference[] = [];
  for (const key of designKeys) {
    const current = design[key];
    const said = baseline[key];
    const now = fromPrototypes[key];
    if (now === undefined) continue;
    const typedByTeam = current !== undefined && !sameDesignValue(current, said);
    if (typedByTeam && !sameDesignValue(current, now)) {
      // Once the team kept its value, it is asked again only when the prototypes change.
      if (!sameDesignValue(said, now))
        differences.push({ key, typed: current, fromPrototypes: now });
      continue;
    }
    if (!sameDesignValue(current, now)) design = withPart(design, key, now);
    if (!sameDesignValue(said, now)) baseline = withPart(baseline, key, now);
  }
  const changed =
    design !== (entry.design ?? {}) || baseline !== (entry.designFromPrototypes ?? {});
  return {
    entry: changed ? { ...entry, design, designFromPrototypes: baseline } : entry,
    differences,
  };
}

/**
 * The team's choice on a difference: keep what it typed (and not be asked again until the
 * prototypes change), or take what the prototypes say (which then follows them).
 */
export function resolveDifference(
  entry: ServiceEntry,
  difference: DesignDifference,
  choice: 'keep' | 'take',
): ServiceEntry {
  return {
    ...entry,
    design:
      choice === 'take'
        ? withPart(entry.design ?? {}, difference.key, difference.fromPrototypes)
        : entry.design,
    designFromPrototypes: withPart(
      entry.designFromPrototypes ?? {},
      difference.key,
      difference.fromPrototypes,
    ),
  };
}
