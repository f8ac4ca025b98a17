import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../src/domain/bundle/hash';
import { CommandRefusedError } from '../../../src/domain/commands';
import { contentOf } from '../../../src/domain/prototype/model';
import { prototypeContentSchema } from '../../../src/domain/prototype/schema';
import { stepHashesOf } from '../../../src/domain/review/stepHashes';
import {
  addScenario,
  removeScenario,
  renameScenario,
} from '../../../src/domain/scenarios/commands';
import { restoreVersion } from '../../../src/domain/versions/restore';
import { diffContents, isEmptyDiff } from '../../../src/domain/versions/diff';
import { doUndoRedo, page, prototypeWith } from '../form/builders';
import { acceptedScenario, timedOutScenario } from './fixtures';

const base = prototypeWith(page('p', []));

describe('scenario commands', () => {
  it('adds a scenario, undoably', () => {
    const { after, undone, redone } = doUndoRedo(
      base,
      addScenario({ scenario: acceptedScenario() }),
    );
    expect(after.scenarios?.map((scenario) => scenario.name)).toEqual(['Acceptée']);
    expect(undone.scenarios).toBeUndefined();
    expect(redone.scenarios).toEqual(after.scenarios);
  });

  it('renames and removes a scenario, undoably', () => {
    const two = addScenario({ scenario: timedOutScenario() }).apply(
      addScenario({ scenario: acceptedScenario() }).apply(base),
    );
    const renamed = doUndoRedo(two, renameScenario({ id: 'sc-timeout', name: '  Oubliée ' }));
    expect(renamed.after.scenarios?.map((scenario) => scenario.name)).toEqual([
      'Acceptée',
      'Oubliée',
    ]);
    expect(renamed.undone).toEqual(two);
    const removed = doUndoRedo(two, removeScenario({ id: 'sc-accepted' }));
    expect(removed.after.scenarios?.map((scenario) => scenario.id)).toEqual(['sc-timeout']);
    expect(removed.undone.scenarios).toHaveLength(2);
  });

  it('refuses a blank or too long name, and changes nothing for an unknown scenario', () => {
    expect(() =>
      addScenario({ scenario: { ...acceptedScenario(), name: ' ' } }).apply(base),
    ).toThrow(CommandRefusedError);
    const one = addScenario({ scenario: acceptedScenario() }).apply(base);
    expect(() => renameScenario({ id: 'sc-accepted', name: 'x'.repeat(121) }).apply(one)).toThrow(
      CommandRefusedError,
    );
    expect(renameScenario({ id: 'nope', name: 'Autre' }).apply(one)).toBe(one);
    expect(removeScenario({ id: 'nope' }).apply(one)).toBe(one);
  });
});

describe('scenarios in the prototype’s content', () => {
  it('opens content written before scenarios existed unchanged, and keeps saved ones', () => {
    const older = contentOf(base);
    expect('scenarios' in older).toBe(false);
    const parsed = prototypeContentSchema.parse(older);
    expect(parsed).toEqual(older);
    const withOne = contentOf(addScenario({ scenario: acceptedScenario() }).apply(base));
    expect(prototypeContentSchema.parse(withOne).scenarios).toEqual(withOne.scenarios);
  });

  it('leaves the process step’s hash of a file without scenarios as it was signed', async () => {
    const older = contentOf(base);
    const hashes = await stepHashesOf(older);
    expect(hashes.process).toBe(await sha256Hex(canonicalJson({ process: older.process })));
    const withOne = contentOf(addScenario({ scenario: acceptedScenario() }).apply(base));
    expect((await stepHashesOf(withOne)).process).not.toBe(hashes.process);
  });

  it('restores a version’s scenarios with its design', () => {
    const version = contentOf(addScenario({ scenario: acceptedScenario() }).apply(base));
    const later = removeScenario({ id: 'sc-accepted' }).apply({ ...base, ...version });
    expect(restoreVersion({ content: version }).apply(later).scenarios).toEqual(version.scenarios);
  });

  it('shows scenarios added, changed and removed in the versions’ diff', async () => {
    const before = contentOf(addScenario({ scenario: acceptedScenario() }).apply(base));
    const after = contentOf(
      addScenario({ scenario: timedOutScenario() }).apply(
        renameScenario({ id: 'sc-accepted', name: 'Acceptée vite' }).apply({ ...base, ...before }),
      ),
    );
    const diff = await diffContents(before, after);
    expect(diff.scenarios).toEqual({
      added: ['Jamais vérifiée'],
      removed: [],
      changed: ['Acceptée vite'],
    });
    expect(isEmptyDiff(diff)).toBe(false);
    expect(isEmptyDiff(await diffContents(before, before))).toBe(true);
  });
});
