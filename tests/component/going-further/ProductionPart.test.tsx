import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import ProductionPart from '../../../src/features/going-further/production/ProductionPart';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';

beforeEach(() => {
  useEditorStore.setState({
    ...initialEditorState,
    prototype: createPrototype('Carte de stationnement', new Date()),
    load: { state: 'ready' },
  });
});

describe('ProductionPart', () => {
  it('says plainly that a prototype not approved has nothing to deploy yet', async () => {
    render(<ProductionPart />);
    expect(await screen.findByText('Pas de version approuvée à déployer')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      /se rédigent à partir de la version approuvée/,
    );
    expect(screen.queryByRole('heading', { name: 'Demande de mise en production' })).toBeNull();
  });
});
