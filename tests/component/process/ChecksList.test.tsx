import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChecksList } from '../../../src/features/process/ChecksList';
import '../../../src/features/process/i18n';

describe('ChecksList', () => {
  it('says which check could not run on the diagram', () => {
    render(
      <ChecksList
        checks={{
          state: 'done',
          checks: [
            { rule: 'fabrik/rule-failed', failedRule: 'superfluous-gateway', severity: 'error' },
          ],
        }}
        onSelect={vi.fn()}
      />,
    );
    expect(
      screen.getByText(
        'La vérification « superfluous-gateway » n’a pas pu s’exécuter : ce diagramme n’est pas entièrement vérifié.',
      ),
    ).toBeInTheDocument();
  });
});
