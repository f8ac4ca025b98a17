import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadinessIssue } from '../../../src/domain/readiness';
import { ReadinessList } from '../../../src/features/review/content/ReadinessList';
import '../../../src/features/review/i18n';
import { useSelection } from '../../../src/state/selection';

afterEach(() => useSelection.setState({ reveal: undefined }));

const issues: ReadinessIssue[] = [
  {
    step: 'process',
    messageKey: 'review:checklist.label',
    severity: 'error',
    target: { kind: 'process-element', id: 'Task_1' },
  },
  { step: 'purpose', messageKey: 'review:checklist.label', severity: 'warning' },
];

function renderList() {
  const location = memoryLocation({ path: '/review', record: true });
  render(
    <Router hook={location.hook}>
      <ReadinessList issues={issues} links />
    </Router>,
  );
  return location;
}

describe('ReadinessList', () => {
  it('links to the step, asking it to show the thing the issue is about', async () => {
    const user = userEvent.setup();
    const location = renderList();
    await user.click(screen.getByRole('link', { name: 'Corriger dans « Traitement »' }));
    expect(location.history.at(-1)).toBe('/process');
    expect(useSelection.getState().reveal).toEqual({
      step: 'process',
      target: { kind: 'process-element', id: 'Task_1' },
    });
  });

  it('asks for nothing when the issue is about the step as a whole', async () => {
    const user = userEvent.setup();
    const location = renderList();
    await user.click(screen.getByRole('link', { name: 'Corriger dans « Finalité »' }));
    expect(location.history.at(-1)).toBe('/purpose');
    expect(useSelection.getState().reveal).toBeUndefined();
  });
});
