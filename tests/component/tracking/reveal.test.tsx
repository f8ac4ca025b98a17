import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readProcessGraph } from '../../../src/domain/process/readGraph';
import { isStatusStep, stepName } from '../../../src/domain/tracking/mapping';
import { defaultStatusIds } from '../../../src/domain/tracking/defaults';
import TrackingScreen from '../../../src/features/tracking/TrackingScreen';
import {
  openMessage,
  openStatus,
  openTab,
  useTrackingView,
} from '../../../src/features/tracking/viewStore';
import { requestReveal, useSelection } from '../../../src/state/selection';
import { current, openInStore } from './support';

beforeEach(() => {
  openInStore();
  openStatus(undefined);
  openMessage(undefined);
  openTab('code');
});

afterEach(() => useSelection.setState({ step: undefined, selected: undefined, reveal: undefined }));

describe('TrackingScreen: a link to a status, a message or a process step', () => {
  it('opens the statuses tab on the status, focused in the list', async () => {
    requestReveal('tracking', { kind: 'status', id: defaultStatusIds.examining });
    render(<TrackingScreen />);
    expect(screen.getByRole('tab', { name: /Statuts/ })).toHaveAttribute('aria-selected', 'true');
    expect(
      screen.getByRole('heading', { name: /Statut « En cours d’instruction »/ }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^En cours d’instruction/ })).toHaveFocus(),
    );
    expect(useSelection.getState().reveal).toBeUndefined();
  });

  it('opens the message in the messages tab', async () => {
    const message = current().tracking.messages[0]!;
    requestReveal('tracking', { kind: 'message', id: message.id });
    render(<TrackingScreen />);
    expect(useTrackingView.getState()).toMatchObject({ tab: 'messages', messageId: message.id });
    expect(await screen.findByRole('heading', { name: /^Message au statut/ })).toBeInTheDocument();
  });

  it('focuses a process step’s status in the mapping tab once the process is read', async () => {
    const read = await readProcessGraph(current().process.bpmnXml);
    if (!read.ok) throw new Error('The default process should be readable.');
    const step = read.graph.elements.filter(isStatusStep)[0]!;
    requestReveal('tracking', { kind: 'process-element', id: step.id });
    render(<TrackingScreen />);
    const select = await screen.findByRole('combobox', {
      name: `Statut fixé par « ${stepName(step)} »`,
    });
    await waitFor(() => expect(select).toHaveFocus());
    expect(useTrackingView.getState().elementId).toBeUndefined();
  });
});
