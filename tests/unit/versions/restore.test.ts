import { describe, expect, it } from 'vitest';
import { CommandRefusedError } from '../../../src/domain/commands';
import { contentOf } from '../../../src/domain/prototype/model';
import { createPrototype } from '../../../src/domain/prototype/create';
import { setPurposeItem } from '../../../src/domain/purpose/commands';
import { captureException, updateException } from '../../../src/domain/exceptions/commands';
import { addParticipant, removeParticipant } from '../../../src/domain/team/commands';
import { setConfigurationDone } from '../../../src/domain/going-further/production/commands';
import { restoreVersion } from '../../../src/domain/versions/restore';
import {
  addWorkshop,
  removeWorkshop,
  setWorkshopNotes,
} from '../../../src/domain/workshops/commands';
import { newWorkshop } from '../../../src/domain/workshops/defaults';
import { exception } from '../exceptions/fixtures';
import { doUndoRedo } from '../workshops/doUndoRedo';

const now = new Date('2026-11-23T09:00:00.000Z');

describe('restoreVersion', () => {
  it('brings the design back, keeps the workshops’ record, and is undoable', () => {
    // given a version taken after workshop 1, then more work in workshop 2
    let prototype = addWorkshop({ workshop: newWorkshop('w1', 'Atelier 1') }).apply(
      createPrototype('Carte', now),
    );
    prototype = setPurposeItem({ item: 'audience', value: 'Les résidents' }).apply(prototype);
    const version = structuredClone(contentOf(prototype));
    prototype = setPurposeItem({ item: 'audience', value: 'Les résidents et les artisans' }).apply(
      prototype,
    );
    prototype = setWorkshopNotes({ id: 'w1', notes: 'Notes prises ensuite' }).apply(prototype);
    // when
    const restored = doUndoRedo(prototype, restoreVersion({ content: version }));
    // then
    expect(restored.purpose.audience).toBe('Les résidents');
    expect(restored.workshops[0]?.notes).toBe('Notes prises ensuite');
    expect(restored.revision).toBe(prototype.revision);
  });

  it('clears what the version’s exceptions say of people and workshops removed since', () => {
    // given a version whose exception was raised by Awa, followed by Bruno, in workshop 1
    let prototype = addWorkshop({ workshop: newWorkshop('w1', 'Atelier 1') }).apply(
      createPrototype('Carte', now),
    );
    prototype = addParticipant({
      participant: { id: 'p1', name: 'Awa', service: '', role: 'referent' },
    }).apply(prototype);
    prototype = addParticipant({
      participant: { id: 'p2', name: 'Bruno', service: '', role: 'it' },
    }).apply(prototype);
    prototype = captureException({
      exception: exception({ id: 'e1', raisedById: 'p1', ownerId: 'p2', workshopId: 'w1' }),
    }).apply(prototype);
    const version = structuredClone(contentOf(prototype));
    // and since then Bruno and workshop 1 were removed
    prototype = removeParticipant({ id: 'p2' }).apply(prototype);
    prototype = removeWorkshop({ id: 'w1' }).apply(prototype);
    // when the version is restored
    const restored = restoreVersion({ content: version }).apply(prototype);
    // then the exception keeps who is still there, and points at nothing gone
    expect(restored.exceptions).toEqual([exception({ id: 'e1', raisedById: 'p1' })]);
    // and it can be edited
    expect(
      updateException({ id: 'e1', changes: { title: 'Tutelle' } }).apply(restored).exceptions[0]
        ?.title,
    ).toBe('Tutelle');
  });

  it('keeps today’s « Pour aller plus loin » unless asked to restore it too', () => {
    // given a version with one configuration item done, then another done since
    let prototype = setPurposeItem({ item: 'audience', value: 'Les résidents' }).apply(
      createPrototype('Carte', now),
    );
    prototype = setConfigurationDone({ itemId: 'form', done: true }).apply(prototype);
    const version = structuredClone(contentOf(prototype));
    prototype = setPurposeItem({ item: 'audience', value: 'Les artisans' }).apply(prototype);
    prototype = setConfigurationDone({ itemId: 'process', done: true }).apply(prototype);
    const done = (restored: typeof prototype) =>
      restored.goingFurther?.production?.request.configurationDone;
    // when restored as usual, the record after approval stays as it is today
    const kept = restoreVersion({ content: version }).apply(prototype);
    expect(kept.purpose.audience).toBe('Les résidents');
    expect(done(kept)).toEqual(['form', 'process']);
    // when asked, the version's comes back too, undoably
    const both = doUndoRedo(
      prototype,
      restoreVersion({ content: version, withGoingFurther: true }),
    );
    expect(both.purpose.audience).toBe('Les résidents');
    expect(done(both)).toEqual(['form']);
    // and a version that had none leaves none
    const bare = { ...version };
    delete bare.goingFurther;
    const cleared = restoreVersion({ content: bare, withGoingFurther: true }).apply(prototype);
    expect('goingFurther' in cleared).toBe(false);
    // only « Pour aller plus loin » differs: the usual restore changes nothing, the other does
    const sameDesign = restoreVersion({ content: version }).apply(kept);
    expect(sameDesign).toBe(kept);
    expect(restoreVersion({ content: version, withGoingFurther: true }).apply(kept)).not.toBe(kept);
  });

  it('changes nothing when the version is the current design', () => {
    const prototype = createPrototype('Carte', now);
    expect(
      restoreVersion({ content: structuredClone(contentOf(prototype)) }).apply(prototype),
    ).toBe(prototype);
  });

  it('refuses a version whose content no longer fits the model', () => {
    const prototype = createPrototype('Carte', now);
    const broken = { ...contentOf(prototype), form: { pages: [] } };
    expect(() => restoreVersion({ content: broken }).apply(prototype)).toThrow(CommandRefusedError);
  });
});
