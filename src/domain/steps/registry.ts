import { isExceptionsStepDone } from '../exceptions/progress';
import { isEmptyFrameDiff } from '../frame/diffSection';
import { isFrameComplete } from '../frame/progress';
import { isEmptyGoingFurtherDiff } from '../going-further/diffSection';
import { isGoingFurtherDone } from '../going-further/progress';
import { isFormStarted } from '../form/progress';
import { isProcessStarted } from '../process/progress';
import type { Prototype, PrototypeContent } from '../prototype/schema';
import { isPurposeComplete } from '../purpose/progress';
import type { ReadinessIssue } from '../readiness';
import { isTrackingStarted } from '../tracking/progress';
import {
  isEmptyExceptionsDiff,
  isEmptyFormDiff,
  isEmptyProcessDiff,
  isEmptyPurposeDiff,
  isEmptyTrackingDiff,
  type ProcessDiffSection,
} from '../versions/diffSections';
import { isWorkshopsStepDone } from '../workshops/progress';
import { isEmptyScenariosDiff, type ScenariosDiffSection } from '../scenarios/diffSection';
import { stepIds, type StepId } from './ids';

/** A content key that belongs to a step (the id belongs to none: it names the prototype). */
export type StepContentKey = Exclude<keyof PrototypeContent, 'id'>;

/** What a readiness check may need beyond the prototype: the day it is checked on. */
export interface ReadinessContext {
  today: Date;
}

export type ReadinessCheck = (
  prototype: Prototype,
  context: ReadinessContext,
) => readonly ReadinessIssue[] | Promise<readonly ReadinessIssue[]>;

/** A step's section of a version diff: how it is computed, and when it says nothing. */
export interface StepDiff<Section extends object> {
  /** Loads its comparison on demand: comparing diagrams reads BPMN. */
  compare(before: PrototypeContent, after: PrototypeContent): Promise<Section>;
  isEmpty(diff: Section): boolean;
}

/**
 * What the domain knows of a step. The screens, labels and review views of a step are in the
 * app's registry (`src/app/steps.ts`); the README's « Adding a step » says what goes where.
 */
export interface StepDefinition {
  /** The parts of the content that are this step's: hashed together in a sign-off's step hashes. */
  contentKeys: readonly StepContentKey[];
  /**
   * Content keys added after files were signed (also listed in `contentKeys`): the step's hash
   * counts each only when present, so that a hash signed before it existed still matches.
   */
  laterContentKeys?: readonly StepContentKey[];
  /** Whether the step has what it needs (the ✓ of the navigation, the catalogue's count). */
  progress(prototype: Prototype): boolean;
  /**
   * Whether restoring a version brings this step's content back (the design), or keeps
   * today's (the record of how it was made: workshops, team, comments).
   */
  restored: boolean;
  /** Loads the check that lists its items of the readiness checklist (on demand: some read BPMN). */
  readiness?(): Promise<ReadinessCheck>;
  /** Its section of the diff between two versions. */
  diff?: StepDiff<object>;
}

/**
 * Every step, once. Heavy parts (checks that read BPMN, diffs) are imported on demand so that
 * the catalogue, which counts done steps, loads none of them. `satisfies` makes the compiler
 * ask for an entry per step id and keeps each entry's own types (the diff sections).
 */
export const stepRegistry = {
  purpose: {
    contentKeys: ['name', 'purpose'],
    progress: (prototype) => isPurposeComplete(prototype.purpose),
    restored: true,
    readiness: async () => (await import('../purpose/readiness')).purposeReadiness,
    diff: {
      compare: async (before, after) =>
        (await import('../versions/diff')).diffPurpose(before, after),
      isEmpty: isEmptyPurposeDiff,
    },
  },
  frame: {
    contentKeys: ['frame', 'impacts'],
    progress: isFrameComplete,
    // The project's frame (budget, deadline, objectives) is not a design choice the
    // workshops iterate: going back to an earlier design keeps today's frame.
    restored: false,
    readiness: async () => (await import('../frame/readiness')).frameReadiness,
    diff: {
      compare: async (before, after) => (await import('../frame/diff')).diffFrame(before, after),
      isEmpty: isEmptyFrameDiff,
    },
  },
  form: {
    contentKeys: ['form'],
    progress: (prototype) => isFormStarted(prototype.form),
    restored: true,
    readiness: async () => (await import('../form/readiness')).formReadiness,
    diff: {
      compare: async (before, after) => (await import('../versions/diff')).diffForm(before, after),
      isEmpty: isEmptyFormDiff,
    },
  },
  process: {
    // The try-out's scenarios replay the process: they are restored and compared with it.
    contentKeys: ['process', 'scenarios'],
    laterContentKeys: ['scenarios'],
    progress: (prototype) => isProcessStarted(prototype.process),
    restored: true,
    readiness: async () => {
      const { processReadiness } = await import('../process/readiness');
      return (prototype) => processReadiness(prototype);
    },
    diff: {
      compare: async (before, after): Promise<ProcessDiffSection & ScenariosDiffSection> => {
        const [{ diffProcessStep }, { diffScenarios }] = await Promise.all([
          import('../versions/diff'),
          import('../scenarios/diff'),
        ]);
        return { ...(await diffProcessStep(before, after)), ...diffScenarios(before, after) };
      },
      isEmpty: (diff: ProcessDiffSection & ScenariosDiffSection) =>
        isEmptyProcessDiff(diff) && isEmptyScenariosDiff(diff),
    },
  },
  tracking: {
    contentKeys: ['tracking'],
    progress: (prototype) => isTrackingStarted(prototype),
    restored: true,
    readiness: async () => (await import('../tracking/readiness')).trackingReadiness,
    diff: {
      compare: async (before, after) =>
        (await import('../versions/diff')).diffTrackingStep(before, after),
      isEmpty: isEmptyTrackingDiff,
    },
  },
  exceptions: {
    contentKeys: ['exceptions'],
    progress: (prototype) => isExceptionsStepDone(prototype.exceptions),
    restored: true,
    readiness: async () => (await import('../exceptions/stepReadiness')).exceptionsStepReadiness,
    diff: {
      compare: async (before, after) =>
        (await import('../versions/diff')).diffExceptionsStep(before, after),
      isEmpty: isEmptyExceptionsDiff,
    },
  },
  workshops: {
    contentKeys: ['workshops', 'team', 'workshopComments', 'exceptionVotes'],
    progress: (prototype) => isWorkshopsStepDone(prototype.workshops),
    restored: false,
  },
  review: {
    contentKeys: [],
    progress: (prototype) => prototype.status === 'approved',
    restored: false,
  },
  'going-further': {
    contentKeys: ['goingFurther'],
    // Signed files predate it: their step hashes and contents stay as they were.
    laterContentKeys: ['goingFurther'],
    progress: isGoingFurtherDone,
    // The deployment, its tests and its launch record what happened after the approval:
    // going back to an earlier design keeps them, as it keeps the team and the workshops.
    restored: false,
    diff: {
      compare: async (before, after) =>
        (await import('../going-further/diff')).diffGoingFurther(before, after),
      isEmpty: isEmptyGoingFurtherDiff,
    },
  },
} satisfies Record<StepId, StepDefinition>;

/** Every step with its id, in step order: what consumers iterate. */
export const steps: readonly (StepDefinition & { id: StepId })[] = stepIds.map((id) => ({
  id,
  ...(stepRegistry[id] as StepDefinition),
}));

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (
  both: infer I,
) => void
  ? I
  : never;

type DiffSectionOf<S extends StepId> = (typeof stepRegistry)[S] extends {
  diff: StepDiff<infer Section>;
}
  ? Section
  : never;

/** What changed from one version of a prototype to another: every step's section together. */
export type VersionDiff = UnionToIntersection<{ [S in StepId]: DiffSectionOf<S> }[StepId]>;

/** The steps that have a section in a version diff: each needs a way to be shown. */
export type StepWithDiff = {
  [S in StepId]: (typeof stepRegistry)[S] extends { diff: StepDiff<object> } ? S : never;
}[StepId];
