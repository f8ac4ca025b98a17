import type { ComponentType } from 'react';
import type { StepId } from '../domain/steps';
import { loadDiagramEditor } from '../features/process/loadDiagramEditor';

type Loader<T> = () => Promise<T>;

/**
 * What the app knows of a step (the domain's part is `src/domain/steps/registry.ts`). Its
 * label is the i18n key `steps.<id>` (common) and its dossier title `review:dossier.parts.<id>`.
 */
export interface StepUi {
  /** The step's screen, loaded on first opening so that the catalogue's first load stays small. */
  screen: Loader<{ default: ComponentType }>;
  /**
   * The step's own strings, when its readiness messages use them: the review lists every
   * step's messages without opening every step.
   */
  strings?: Loader<unknown>;
}

/** Every step's screen and strings, once; each loader is a stable function, as `useLoaded` requires. */
export const stepUi = {
  purpose: {
    screen: () => import('../features/purpose/PurposeScreen'),
    strings: () => import('../features/purpose/i18n'),
  },
  frame: {
    screen: () => import('../features/frame/FrameScreen'),
    strings: () => import('../features/frame/i18n'),
  },
  form: {
    screen: () => import('../features/form-designer/FormDesignerScreen'),
  },
  process: {
    // bpmn-js's chunk is fetched with the screen's, not once the screen has rendered; if
    // it cannot be, the screen says so itself (its own load of it fails again).
    screen: () => {
      loadDiagramEditor().catch(() => undefined);
      return import('../features/process/ProcessScreen');
    },
    strings: () => import('../features/process/i18n'),
  },
  tracking: {
    screen: () => import('../features/tracking/TrackingScreen'),
    strings: () => import('../features/tracking/i18n'),
  },
  exceptions: {
    screen: () => import('../features/exceptions/ExceptionsScreen'),
    strings: () => import('../features/exceptions/i18n'),
  },
  workshops: {
    screen: () => import('../features/workshops/WorkshopsScreen'),
    strings: () => import('../features/workshops/i18n'),
  },
  review: {
    screen: () => import('../features/review/ReviewScreen'),
  },
  'going-further': {
    screen: () => import('../features/going-further/GoingFurtherScreen'),
    // Its parts' labels name them in the review's dossier and in the version diff.
    strings: () => import('../features/going-further/strings').then((m) => m.loadAllStrings()),
  },
} satisfies Record<StepId, StepUi>;
