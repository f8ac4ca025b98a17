import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPurposeItem } from '../../../src/domain/purpose/commands';
import { createPrototype } from '../../../src/domain/prototype/create';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import { useNotifications } from '../../../src/state/notifications';
import { signOpenPrototype, submitOpenPrototype } from '../../../src/state/review';
import { FabrikDatabase, useDatabase } from '../../../src/storage/db';
import { addPrototype, loadPrototype } from '../../../src/storage/prototypeRepository';

let count = 0;
let database: FabrikDatabase;

beforeEach(async () => {
  database = new FabrikDatabase(`review-milestones-${count++}`);
  useDatabase(database);
  const prototype = setPurposeItem({ item: 'statement', value: 'Stationner' }).apply(
    createPrototype('Carte', new Date()),
  );
  await addPrototype(prototype);
  useEditorStore.setState({
    ...initialEditorState,
    prototype,
    baseRevision: prototype.revision,
    load: { state: 'ready' },
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  cancelScheduledSave();
  useNotifications.setState({ items: [] });
});

const open = () => useEditorStore.getState().prototype!;
const stored = async () => (await loadPrototype(open().id))!;
const messages = () => useNotifications.getState().items.map((item) => item.messageKey);
const submit = () =>
  submitOpenPrototype({ by: 'Awa', declarations: ['teamSawFinal'], versionName: 'Soumission' });
const refuseWrites = () =>
  vi
    .spyOn(database.prototypes, 'put')
    .mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));

describe('a submission', () => {
  it('is stored by the time its file is handed on', async () => {
    expect(await submit()).toBeDefined();
    // Nothing more is awaited: a reload now finds it submitted.
    expect((await stored()).status).toBe('submitted');
  });

  it('hands no file on when the browser cannot store it, and stays a draft', async () => {
    refuseWrites();
    expect(await submit()).toBeUndefined();
    expect(open().status).toBe('draft');
    expect(open().review).toBeUndefined();
    expect(messages()).toContain('milestone.notStored');
  });
});

describe('a signed decision', () => {
  it('is stored by the time its file is handed on', async () => {
    await submit();
    const file = await signOpenPrototype({
      role: 'verifier',
      name: 'Vérificatrice',
      decision: 'verified',
      comment: '',
    });
    expect(file).toBeDefined();
    expect((await stored()).status).toBe('verified');
  });

  it('hands no file on when the browser cannot store it', async () => {
    await submit();
    refuseWrites();
    const file = await signOpenPrototype({
      role: 'verifier',
      name: 'Vérificatrice',
      decision: 'verified',
      comment: '',
    });
    expect(file).toBeUndefined();
    expect(open().status).toBe('submitted');
    expect(messages()).toContain('milestone.notStored');
  });
});
