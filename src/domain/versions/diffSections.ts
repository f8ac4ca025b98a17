import type { PrototypeException } from '../exceptions/schema';
import type { ProcessElement } from '../process/graph';
import type { Changed, CollectionDiff, PropertyChange } from './collectionDiff';

/**
 * Each step's section of a version diff: its shape and when it is empty. Light on purpose
 * (types and counts only): the step registry reads it on the catalogue's first load, while
 * the comparisons themselves (`diff.ts`, which reads BPMN) load only when a diff is shown.
 */

export function isEmptyCollectionDiff(diff: CollectionDiff<unknown>): boolean {
  return (
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.changed.length === 0 &&
    diff.moved.length === 0
  );
}

/** A field as compared: its own properties, and the page it sits on. */
export interface FieldEntry {
  id: string;
  label: string;
  pageId: string;
  pageTitle: string;
  /** The section or repeatable group holding the field, if any, and its label. */
  parentId?: string;
  parentLabel?: string;
  /** The field's properties, without the fields it holds (those are compared on their own). */
  properties: Record<string, unknown>;
}

export interface PageEntry {
  id: string;
  title: string;
}

export type ProcessDiff =
  | {
      readable: true;
      added: ProcessElement[];
      removed: ProcessElement[];
      /** Steps whose name changed. */
      renamed: Changed<ProcessElement>[];
      /** Steps whose role, time limit, status, lane or type changed (name aside). */
      changed: Changed<ProcessElement>[];
      flowsAdded: number;
      flowsRemoved: number;
    }
  /** One side's BPMN could not be read; which one. */
  | { readable: false; unreadable: ('before' | 'after')[] };

/** A list kept in `tracking` (statuses, messages…), compared by id. */
export interface TrackingCollectionDiff {
  key: string;
  diff: CollectionDiff<Record<string, unknown> & { id: string }>;
}

export interface ExceptionsDiff {
  added: PrototypeException[];
  removed: PrototypeException[];
  /** Exceptions whose status became "resolved". */
  resolved: Changed<PrototypeException>[];
  /** Other changes (decision, frequency, reopened…). */
  changed: Changed<PrototypeException>[];
}

export interface PurposeDiffSection {
  name?: PropertyChange;
  purpose: PropertyChange[];
}

export interface FormDiffSection {
  pages: CollectionDiff<PageEntry>;
  fields: CollectionDiff<FieldEntry>;
}

export interface ProcessDiffSection {
  process: ProcessDiff;
}

export interface TrackingDiffSection {
  tracking: { collections: TrackingCollectionDiff[]; settings: PropertyChange[] };
}

export interface ExceptionsDiffSection {
  exceptions: ExceptionsDiff;
}

export const isEmptyPurposeDiff = (diff: PurposeDiffSection) =>
  !diff.name && diff.purpose.length === 0;

export const isEmptyFormDiff = (diff: FormDiffSection) =>
  isEmptyCollectionDiff(diff.pages) && isEmptyCollectionDiff(diff.fields);

/** An unreadable diagram is never "no change": nobody can tell. */
export const isEmptyProcessDiff = ({ process }: ProcessDiffSection) =>
  process.readable &&
  process.added.length +
    process.removed.length +
    process.renamed.length +
    process.changed.length +
    process.flowsAdded +
    process.flowsRemoved ===
    0;

export const isEmptyTrackingDiff = ({ tracking }: TrackingDiffSection) =>
  tracking.collections.length === 0 && tracking.settings.length === 0;

export const isEmptyExceptionsDiff = ({ exceptions }: ExceptionsDiffSection) =>
  exceptions.added.length +
    exceptions.removed.length +
    exceptions.resolved.length +
    exceptions.changed.length ===
  0;
