import { registerStepStrings } from '../state/stepStrings';
import { stepIds } from '../domain/steps';
import { stepUi, type StepUi } from './steps';

// The review lists every step's readiness messages; each step's strings load with its
// screen, so the app tells the review how to load them without opening every step.
registerStepStrings(
  ...stepIds.flatMap((id) => {
    const { strings } = stepUi[id] as StepUi;
    return strings ? [strings] : [];
  }),
);
