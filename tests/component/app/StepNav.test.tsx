import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { StepNav } from '../../../src/app/prototype/StepNav';
import { createPrototype } from '../../../src/domain/prototype/create';
import type * as registry from '../../../src/domain/steps/registry';
import { i18n } from '../../../src/ui/i18n/i18n';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';

// A step added the way the README says: one more registry entry (and its label); the
// navigation iterates the registry, so it lists it after the others, with its progress.
vi.mock('../../../src/domain/steps/registry', async (importOriginal) => {
  const real = await importOriginal<typeof registry>();
  const scenarios = { id: 'scenarios', contentKeys: [], progress: () => true, restored: false };
  return { ...real, steps: [...real.steps, scenarios] };
});

beforeEach(() => {
  i18n.addResource('fr', 'common', 'steps.scenarios', 'Scénarios');
  useEditorStore.setState({
    ...initialEditorState,
    prototype: createPrototype('Carte', new Date('2026-11-23T09:00:00.000Z')),
    load: { state: 'ready' },
  });
});

describe('StepNav', () => {
  it('lists every step of the registry in order, with its progress, then the try-out', () => {
    render(
      <Router hook={memoryLocation({ path: '/purpose' }).hook}>
        <StepNav />
      </Router>,
    );
    const links = screen.getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual([
      '1Finalité',
      '2Cadrage',
      '3Formulaire',
      '4Traitement',
      '5Suivi et réponses',
      '6Exceptions',
      '7Ateliers et versions',
      '8Vérification',
      '9Pour aller plus loin',
      '✓Scénarios(faite)',
      '▶Essayer l’e-service',
    ]);
    expect(screen.getByRole('link', { name: /Scénarios/ })).toHaveAttribute('href', '/scenarios');
    expect(screen.getByRole('link', { name: 'Finalité' })).toHaveAttribute('aria-current', 'page');
  });
});
