import { CommandRefusedError, defineCommand } from '../../commands';
import { codeFormatSchema, commitmentSchema, type CodeFormat, type Commitment } from '../schema';
import { changes, withTracking } from './shared';

/** Changes the tracking code's length, alphabet or the answer the requester confirms. */
export const updateCodeFormat = defineCommand(
  'updateCodeFormat',
  (prototype, { patch }: { patch: Partial<CodeFormat> }) => {
    const { code } = prototype.tracking;
    if (!changes(code, patch)) return prototype;
    const next = { ...code, ...patch };
    if (!codeFormatSchema.safeParse(next).success) {
      throw new CommandRefusedError('tracking:errors.invalidCodeFormat');
    }
    return withTracking(prototype, { ...prototype.tracking, code: next });
  },
  ({ patch }) => Object.keys(patch).sort().join(','),
);

/** Changes the response time told to requesters, or what silence means. */
export const updateCommitment = defineCommand(
  'updateCommitment',
  (prototype, { patch }: { patch: Partial<Commitment> }) => {
    const { commitment } = prototype.tracking;
    if (!changes(commitment, patch)) return prototype;
    const next = { ...commitment, ...patch };
    if (!commitmentSchema.safeParse(next).success) {
      throw new CommandRefusedError('tracking:errors.invalidCommitment');
    }
    return withTracking(prototype, { ...prototype.tracking, commitment: next });
  },
  ({ patch }) => Object.keys(patch).sort().join(','),
);
