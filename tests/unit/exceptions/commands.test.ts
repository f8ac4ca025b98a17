import { describe, expect, it } from 'vitest';
import { CommandRefusedError } from '../../../src/domain/commands';
import {
  captureException,
  removeException,
  updateException,
} from '../../../src/domain/exceptions/commands';
import { isExceptionsStepDone } from '../../../src/domain/exceptions/progress';
import { exceptionSchema } from '../../../src/domain/exceptions/schema';
import { createPrototype } from '../../../src/domain/prototype/create';
import { addParticipant } from '../../../src/domain/team/commands';
import { doUndoRedo } from '../workshops/doUndoRedo';
import { exception } from './fixtures';

const now = new Date('2026-11-23T09:00:00.000Z');
const captured = exception({
  id: 'e1',
  title: 'Demandeur hébergé chez un tiers',
  context: { step: 'form', target: { kind: 'field', id: 'f-address', label: 'Adresse' } },
});
const withOne = () =>
  captureException({ exception: captured }).apply(createPrototype('Carte', now));

describe('captureException', () => {
  it('adds the exception with where it was seen, undoably', () => {
    const after = doUndoRedo(
      createPrototype('Carte', now),
      captureException({ exception: captured }),
    );
    expect(after.exceptions).toEqual([captured]);
  });

  it('refuses an exception without a title', () => {
    expect(() =>
      captureException({ exception: { ...captured, title: '  ' } }).apply(
        createPrototype('Carte', now),
      ),
    ).toThrow(CommandRefusedError);
  });

  it('refuses a reference to someone outside the team or an unknown workshop', () => {
    const prototype = createPrototype('Carte', now);
    expect(() =>
      captureException({ exception: { ...captured, raisedById: 'ghost' } }).apply(prototype),
    ).toThrow(CommandRefusedError);
    expect(() =>
      captureException({ exception: { ...captured, workshopId: 'ghost' } }).apply(prototype),
    ).toThrow(CommandRefusedError);
  });
});

describe('updateException', () => {
  it('edits an exception whose owner, raiser or workshop no longer exists', () => {
    // given stored data that points at nobody (e.g. from an older release)
    const prototype = {
      ...withOne(),
      exceptions: [{ ...captured, ownerId: 'ghost', raisedById: 'gone', workshopId: 'w-gone' }],
    };
    // when the title is changed
    const after = doUndoRedo(
      prototype,
      updateException({ id: 'e1', changes: { title: 'Demandeur hébergé' } }),
    );
    // then it is changed, and the references it did not touch are left as they were
    expect(after.exceptions[0]).toMatchObject({
      title: 'Demandeur hébergé',
      ownerId: 'ghost',
      raisedById: 'gone',
      workshopId: 'w-gone',
    });
    // and the dangling owner can be cleared
    expect(
      updateException({ id: 'e1', changes: { ownerId: undefined } }).apply(prototype).exceptions[0],
    ).not.toHaveProperty('ownerId');
  });

  it('still refuses a new reference to someone outside the team or an unknown workshop', () => {
    const prototype = {
      ...withOne(),
      exceptions: [{ ...captured, ownerId: 'ghost' }],
    };
    expect(() =>
      updateException({ id: 'e1', changes: { ownerId: 'other-ghost' } }).apply(prototype),
    ).toThrow(CommandRefusedError);
    expect(() =>
      updateException({ id: 'e1', changes: { raisedById: 'ghost' } }).apply(prototype),
    ).toThrow(CommandRefusedError);
    expect(() =>
      updateException({ id: 'e1', changes: { workshopId: 'w-ghost' } }).apply(prototype),
    ).toThrow(CommandRefusedError);
  });

  it('completes it later: description, frequency, decision, owner, status — undoably', () => {
    const prototype = addParticipant({
      participant: { id: 'p1', name: 'Awa', service: 'État civil', role: 'referent' },
    }).apply(withOne());
    const after = doUndoRedo(
      prototype,
      updateException({
        id: 'e1',
        changes: {
          description: 'Pas de justificatif à son nom',
          frequency: 'share',
          sharePercent: 12,
          decision: 'handled',
          ownerId: 'p1',
          raisedById: 'p1',
          status: 'in-progress',
        },
      }),
    );
    expect(after.exceptions[0]).toMatchObject({
      frequency: 'share',
      sharePercent: 12,
      decision: 'handled',
      ownerId: 'p1',
    });
    expect(exceptionSchema.safeParse(after.exceptions[0]).success).toBe(true);
  });

  it('drops the percentage when the frequency is no longer a share, and clears a decision', () => {
    let prototype = updateException({
      id: 'e1',
      changes: { frequency: 'share', sharePercent: 30, decision: 'later' },
    }).apply(withOne());
    prototype = updateException({ id: 'e1', changes: { frequency: 'rare' } }).apply(prototype);
    expect(prototype.exceptions[0]).not.toHaveProperty('sharePercent');
    prototype = doUndoRedo(
      prototype,
      updateException({ id: 'e1', changes: { decision: undefined } }),
    );
    expect(prototype.exceptions[0]).not.toHaveProperty('decision');
  });

  it('returns the same prototype when nothing changes', () => {
    const prototype = withOne();
    expect(updateException({ id: 'e1', changes: { title: captured.title } }).apply(prototype)).toBe(
      prototype,
    );
  });
});

describe('removeException', () => {
  it('removes it, undoably', () => {
    expect(doUndoRedo(withOne(), removeException({ id: 'e1' })).exceptions).toEqual([]);
  });
});

describe('the exceptions schema', () => {
  it('says precisely what is wrong in an imported exception', () => {
    const result = exceptionSchema.safeParse({
      ...captured,
      frequency: 'share',
      decision: 'maybe',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['decision']));
    const share = exceptionSchema.safeParse({ ...captured, frequency: 'share' });
    expect(share.error?.issues[0]?.path).toEqual(['sharePercent']);
  });

  it('fills what has an obvious default', () => {
    const parsed = exceptionSchema.parse({ id: 'x', title: 'Cas', createdAt: now.toISOString() });
    expect(parsed).toMatchObject({
      description: '',
      frequency: 'unknown',
      status: 'open',
      context: { step: 'exceptions' },
    });
  });
});

describe('exceptions step progress', () => {
  it('is done once every listed exception has a decision', () => {
    expect(isExceptionsStepDone([])).toBe(false);
    expect(isExceptionsStepDone([captured])).toBe(false);
    expect(isExceptionsStepDone([{ ...captured, decision: 'later' }])).toBe(true);
  });
});
