import type { PrototypeException } from './schema';

/** The exceptions step is done once exceptions are listed and each has a decision. */
export function isExceptionsStepDone(exceptions: readonly PrototypeException[]): boolean {
  return exceptions.length > 0 && exceptions.every((exception) => exception.decision !== undefined);
}
