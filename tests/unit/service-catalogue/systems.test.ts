import { describe, expect, it } from 'vitest';
import {
  blocksInProduction,
  liftDeclaredBlocks,
  createSystem,
  readSystems,
  systemNameProblem,
  systemsProviding,
} from '../../../src/domain/service-catalogue/systems';

const franceConnect = {
  ...createSystem('fc', 'FranceConnect'),
  blocks: ['identity' as const],
  inProduction: true,
};
const payfip = { ...createSystem('pay', 'PayFiP'), blocks: ['payment' as const] };
const parapheur = {
  ...createSystem('sign', 'Parapheur'),
  blocks: ['eSignature' as const, 'workflow' as const],
  inProduction: true,
};
const systems = [franceConnect, payfip, parapheur];

describe('the catalogue of systems', () => {
  it('says which building blocks the organisation has today: those in production', () => {
    expect(blocksInProduction(systems)).toEqual(['identity', 'eSignature', 'workflow']);
  });

  it('lists the systems that provide a block, those in production first', () => {
    const testing = {
      ...createSystem('pay2', 'Régie'),
      blocks: ['payment' as const],
      inProduction: true,
    };
    expect(systemsProviding([...systems, testing], 'payment').map((system) => system.id)).toEqual([
      'pay2',
      'pay',
    ]);
  });

  it('refuses an empty name or one already used, but not the system’s own', () => {
    expect(systemNameProblem(systems, ' ')).toBe('nameRequired');
    expect(systemNameProblem(systems, 'franceconnect ')).toBe('systemExists');
    expect(systemNameProblem(systems, 'FranceConnect', 'fc')).toBeUndefined();
  });

  it('reads stored systems, dropping rows without id or name and unknown blocks', () => {
    expect(
      readSystems([
        {
          id: 'fc',
          name: 'FranceConnect',
          blocks: ['identity', 'teleportation'],
          inProduction: true,
        },
        { id: '', name: 'Sans id' },
        { id: 'x', name: '  ' },
        { id: 'fc', name: 'Doublon' },
        'nonsense',
      ]),
    ).toEqual([{ ...franceConnect, version: '', owner: '' }]);
    expect(readSystems(undefined)).toEqual([]);
  });
});

describe('blocks once ticked as available', () => {
  it('become one system in production, for the blocks no system in production provides', () => {
    const lifted = liftDeclaredBlocks(
      { availableBlocks: ['identity', 'payment', 'nope'] },
      systems,
    );
    expect(lifted.slice(0, 3)).toEqual(systems);
    expect(lifted[3]).toMatchObject({
      id: 'declared-blocks',
      blocks: ['payment'],
      inProduction: true,
    });
    expect(blocksInProduction(lifted)).toContain('payment');
    // Nothing ticked, or everything already in production: the systems stay as they are.
    expect(liftDeclaredBlocks({}, systems)).toEqual(systems);
    expect(liftDeclaredBlocks({ availableBlocks: ['identity'] }, systems)).toEqual(systems);
  });
});
