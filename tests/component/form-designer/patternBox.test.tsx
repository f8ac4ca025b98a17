import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/features/form-designer/i18n';
import { RulesEditor } from '../../../src/features/form-designer/properties/RulesEditor';
import { field, openForm, resetStores, stored } from './setup';

// Engines that are not there until the test says so (the page is not idle yet).
const engines = vi.hoisted(() => {
  let done = false;
  let finish = () => {};
  const loading = new Promise<void>((resolve) => (finish = resolve));
  return {
    arrive() {
      done = true;
      finish();
    },
    isLoaded: () => done,
    load: () => loading,
  };
});

vi.mock('../../../src/domain/form/patternEngines', () => ({
  loadPatternEngines: () => engines.load(),
  patternEnginesLoaded: () => engines.isLoaded(),
}));

afterEach(resetStores);

describe('the pattern box', () => {
  it('opens once the engines that check a pattern are loaded', async () => {
    const user = userEvent.setup();
    const code = field('a', 'shortText', { label: 'Code' });
    openForm([{ id: 'p1', title: 'Vous', fields: [code] }], 'a');
    render(<RulesEditor field={code} />);
    const box = screen.getByRole('textbox', { name: 'Format attendu (expression régulière)' });
    expect(box).toBeDisabled();

    await act(async () => engines.arrive());
    expect(box).toBeEnabled();
    await user.type(box, 'A');
    expect(stored('a')?.validation?.pattern).toBe('A');
  });
});
