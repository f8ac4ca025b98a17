import type { TFunction } from 'i18next';
import type { CaptureOrigin } from '../../domain/exceptions/schema';

/** The name of the step, or of the try-out, an exception was noted from. */
export function originName(t: TFunction, origin: CaptureOrigin): string {
  return t(origin === 'try-out' ? 'common:steps.tryOut' : `common:steps.${origin}`);
}
