import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION } from '../../../src/domain/bundle/format';
import {
  checkMigrationSequence,
  migrateBundle,
  migrations,
  type Migration,
} from '../../../src/domain/bundle/migrations';

const renameTitle: Migration = {
  to: 2,
  description: 'pages[].name became pages[].title',
  migrate: (bundle) => ({ ...bundle, renamed: true }),
};
const addTeam: Migration = {
  to: 3,
  description: 'team added',
  migrate: (bundle) => ({ ...bundle, team: [] }),
};

describe('migrations', () => {
  it('are numbered from version 2, going up by one', () => {
    expect(() => checkMigrationSequence(migrations)).not.toThrow();
    expect(CURRENT_FORMAT_VERSION).toBe(migrations.length + 1);
    expect(() => checkMigrationSequence([addTeam])).toThrow(/expected 2/);
  });

  it('run from the file’s version up to the newest, in order', () => {
    const fromOne = migrateBundle({ formatVersion: 1 }, 1, [renameTitle, addTeam]);
    expect(fromOne).toEqual({ formatVersion: 3, renamed: true, team: [] });
    const fromTwo = migrateBundle({ formatVersion: 2 }, 2, [renameTitle, addTeam]);
    expect(fromTwo).toEqual({ formatVersion: 3, team: [] });
  });

  it('leave a current bundle as it is', () => {
    const bundle = { formatVersion: CURRENT_FORMAT_VERSION, a: 1 };
    expect(migrateBundle(bundle, CURRENT_FORMAT_VERSION)).toEqual(bundle);
  });
});
