import type {
  ExceptionDecision,
  ExceptionFrequency,
  ExceptionStatus,
  PrototypeException,
} from './schema';

export interface ExceptionsFilter {
  status?: ExceptionStatus;
  /** A decision, or "undecided" for the exceptions still waiting for one. */
  decision?: ExceptionDecision | 'undecided';
  frequency?: ExceptionFrequency;
}

export const exceptionSorts = ['newest', 'oldest', 'frequency', 'title', 'status'] as const;
export type ExceptionSort = (typeof exceptionSorts)[number];

/**
 * A rough share of requests per frequency word, so that "frequent" and "15 %" sort
 * together sensibly; an unknown frequency sorts last.
 */
const estimatedPercent: Record<Exclude<ExceptionFrequency, 'share'>, number> = {
  unknown: -1,
  rare: 1,
  occasional: 5,
  frequent: 20,
};

export function estimatedShare(exception: PrototypeException): number {
  return exception.frequency === 'share'
    ? (exception.sharePercent ?? 0)
    : estimatedPercent[exception.frequency];
}

const statusOrder: Record<ExceptionStatus, number> = { open: 0, 'in-progress': 1, resolved: 2 };

export function filterExceptions(
  exceptions: readonly PrototypeException[],
  filter: ExceptionsFilter,
): PrototypeException[] {
  return exceptions.filter(
    (exception) =>
      (!filter.status || exception.status === filter.status) &&
      (!filter.frequency || exception.frequency === filter.frequency) &&
      (!filter.decision ||
        (filter.decision === 'undecided'
          ? exception.decision === undefined
          : exception.decision === filter.decision)),
  );
}

/** A sorted copy; ties keep the order of capture. */
export function sortExceptions(
  exceptions: readonly PrototypeException[],
  sort: ExceptionSort,
  locale = 'fr',
): PrototypeException[] {
  const byCapture = (a: PrototypeException, b: PrototypeException) =>
    a.createdAt.localeCompare(b.createdAt);
  const compare: Record<ExceptionSort, (a: PrototypeException, b: PrototypeException) => number> = {
    newest: (a, b) => byCapture(b, a),
    oldest: byCapture,
    frequency: (a, b) => estimatedShare(b) - estimatedShare(a),
    title: (a, b) => a.title.localeCompare(b.title, locale, { sensitivity: 'base' }),
    status: (a, b) => statusOrder[a.status] - statusOrder[b.status],
  };
  return [...exceptions].sort(compare[sort]);
}
