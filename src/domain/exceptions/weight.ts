import type { ProcessGraph } from '../process/graph';
import { processPaths } from '../process/paths';
import type { PrototypeException } from './schema';

/** An exception concerning at least this share of requests counts as frequent. */
export const FREQUENT_SHARE_PERCENT = 10;
/** When the exceptions together concern at least this share of requests, they are the norm. */
export const OUTWEIGHING_SHARE_PERCENT = 50;

/** Decisions that take an exception out of this e-service, so it no longer weighs on it. */
const leavesThisService = new Set(['out-of-scope', 'separate-eservice']);

export function isFrequent(exception: PrototypeException): boolean {
  return (
    exception.frequency === 'frequent' ||
    (exception.frequency === 'share' && (exception.sharePercent ?? 0) >= FREQUENT_SHARE_PERCENT)
  );
}

/** Whether the exception is one this e-service will have to live with. */
function weighsOnThisService(exception: PrototypeException): boolean {
  return !leavesThisService.has(exception.decision ?? '');
}

/** The size of the main path the exceptions are weighed against. */
export interface MainPath {
  /** Pages of the form. */
  pages: number;
  /** Tasks on the process's longest path from start to end; absent without a complete path. */
  tasks?: number;
}

export type OutweighReason = 'pages' | 'tasks' | 'share';

export interface ExceptionsWeight {
  outweighs: boolean;
  reasons: OutweighReason[];
  /** The frequent exceptions this e-service has to handle. */
  frequent: PrototypeException[];
  /** Total share of requests concerned by exceptions given as a share, in percent. */
  sharePercent: number;
  mainPath: MainPath;
}

/**
 * The rule that tells a team when almost everything is an exception: frequent exceptions
 * outnumber the form's pages or the process's main tasks, or exceptions together concern
 * half of the requests. The procedure may then be several e-services.
 */
export function weighExceptions(
  exceptions: readonly PrototypeException[],
  mainPath: MainPath,
): ExceptionsWeight {
  const kept = exceptions.filter(weighsOnThisService);
  const frequent = kept.filter(isFrequent);
  const sharePercent = kept
    .filter((exception) => exception.frequency === 'share')
    .reduce((total, exception) => total + (exception.sharePercent ?? 0), 0);
  const reasons: OutweighReason[] = [];
  if (frequent.length > mainPath.pages) reasons.push('pages');
  if (mainPath.tasks !== undefined && frequent.length > mainPath.tasks) reasons.push('tasks');
  if (sharePercent >= OUTWEIGHING_SHARE_PERCENT) reasons.push('share');
  return { outweighs: reasons.length > 0, reasons, frequent, sharePercent, mainPath };
}

/**
 * The process's main tasks: the distinct tasks of its longest path that reaches an end
 * (the longest, so that a short rejection path does not make the main path look small).
 */
export function mainPathTasks(graph: ProcessGraph): number | undefined {
  const tasks = new Set(
    graph.elements.filter((element) => element.kind === 'task').map((e) => e.id),
  );
  const complete = processPaths(graph).paths.filter((path) => path.reachesEnd);
  if (complete.length === 0) return undefined;
  return Math.max(
    ...complete.map((path) => new Set(path.elementIds.filter((id) => tasks.has(id))).size),
  );
}
