import type { ReactNode } from 'react';
import type { PrototypeContent } from '../../../domain/prototype/schema';
import type { StepId } from '../../../domain/steps';
import { ExceptionsView } from './ExceptionsView';
import { FormView } from './FormView';
import { FrameView } from './FrameView';
import { GoingFurtherView } from './GoingFurtherView';
import { ProcessView } from './ProcessView';
import { PurposeView } from './PurposeView';
import { TrackingView } from './TrackingView';
import { WorkshopCommentsView } from './WorkshopCommentsView';
import { WorkshopsView } from './WorkshopsView';

type View = (content: PrototypeContent) => ReactNode;

/** How the reviewers read a step: on screen, and in the printed sign-off dossier. */
export interface StepViews {
  review: View;
  /** The dossier's part; the review view when absent. */
  dossier?: View;
}

/**
 * Every step's read-only views, once, in the step registry's order; null for a step with
 * no content of its own (the review itself). A new step's entry is required by the compiler.
 */
export const stepViews: Record<StepId, StepViews | null> = {
  purpose: { review: (content) => <PurposeView purpose={content.purpose} /> },
  frame: {
    review: (content) => <FrameView frame={content.frame} impacts={content.impacts} />,
  },
  form: { review: (content) => <FormView form={content.form} /> },
  process: {
    review: (content) => (
      <ProcessView process={content.process} statuses={content.tracking.statuses} />
    ),
  },
  tracking: {
    review: (content) => <TrackingView tracking={content.tracking} form={content.form} />,
  },
  exceptions: {
    review: (content) => (
      <ExceptionsView exceptions={content.exceptions} votes={content.exceptionVotes} />
    ),
  },
  workshops: {
    review: (content) => <WorkshopsView workshops={content.workshops} team={content.team} />,
    // The printed record also keeps what was said in live workshops.
    dossier: (content) => (
      <>
        <WorkshopsView workshops={content.workshops} team={content.team} />
        <WorkshopCommentsView comments={content.workshopComments ?? []} />
      </>
    ),
  },
  review: null,
  'going-further': {
    review: (content) => <GoingFurtherView content={content} />,
  },
};
