import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { defaultStatusIds, defaultTracking } from '../../../src/domain/tracking/defaults';
import TrackingScreen from '../../../src/features/tracking/TrackingScreen';
import { openMessage, openStatus, openTab } from '../../../src/features/tracking/viewStore';
import { undo } from '../../../src/state/commands';
import { TrackingPage } from '../../../src/ui/tracking-page/TrackingPage';
import { current, openInStore } from './support';

const warnings = () =>
  screen.queryByRole('region', { name: 'À remettre en accord avec les statuts et le traitement' });
const status = (id: string) => current().tracking.statuses.find((s) => s.id === id);

beforeEach(() => {
  openMessage(undefined);
  openTab('statuses');
  openStatus(undefined);
});

describe('tracking that stays consistent', () => {
  it('flags a renamed status whose message keeps the former word, and rewords it in one click', async () => {
    openInStore();
    openStatus(defaultStatusIds.accepted);
    const user = userEvent.setup();
    render(<TrackingScreen />);
    await screen.findAllByText('fixé par 1 étape');
    expect(warnings()).not.toBeInTheDocument();
    const label = screen.getByLabelText('Libellé vu par le demandeur');
    await user.clear(label);
    await user.type(label, 'Accordée');
    expect(warnings()).toHaveTextContent(
      'Le statut s’appelle maintenant « Accordée », mais son message dit encore « Acceptée ».',
    );
    // Where the message is written, the same flag and the same fix.
    openMessage('message-accepted');
    const editor = await screen.findByRole('region', { name: /Message au statut « Accordée »/ });
    await user.click(
      within(editor).getByRole('button', {
        name: 'Remplacer « Acceptée » par « Accordée » dans les messages',
      }),
    );
    const accepted = current().tracking.messages.find((m) => m.id === 'message-accepted');
    expect(accepted?.subject).toBe('Votre demande {{builtin:trackingCode}} est accordée');
    expect(warnings()).not.toBeInTheDocument();
  });

  it('flags « 30 jours pour agir » once the process no longer waits 30 days, at the time limit', async () => {
    const prototype = createPrototype('Carte', new Date());
    // The timer « Pas de réponse sous 30 jours » loses its delay: nothing ends the wait.
    const bpmnXml = prototype.process.bpmnXml
      .replace('name="Pas de réponse sous 30 jours" fabrik:delayDays="30"', 'name="Pas de réponse"')
      // The timer's BPMN duration is its delay too: it goes with it.
      .replace(/<bpmn:timeDuration[^>]*>P30D<\/bpmn:timeDuration>/, '');
    openInStore({ ...prototype, process: { ...prototype.process, bpmnXml } });
    openStatus(defaultStatusIds.waitingDocuments);
    const user = userEvent.setup();
    render(<TrackingScreen />);
    const limit = screen.getByLabelText('Délai de ce statut (jours ouvrés)');
    await waitFor(() =>
      expect(limit).toHaveAccessibleDescription(
        expect.stringContaining(
          'laisse 30 jours ouvrés au demandeur pour agir, mais le traitement n’attend plus pendant un temps limité',
        ),
      ),
    );
    expect(warnings()).toBeInTheDocument();
    const field = limit.closest('.field') as HTMLElement;
    await user.click(within(field).getByRole('button', { name: 'Retirer le délai' }));
    expect(status(defaultStatusIds.waitingDocuments)?.timeLimitDays).toBeNull();
    expect(limit).toHaveValue('');
    expect(warnings()).not.toBeInTheDocument();
    undo();
    await waitFor(() => expect(limit).toHaveValue('30'));
  });

  it('says where the response time is typed that a path cannot keep it, with « Annoncer N jours »', async () => {
    const prototype = createPrototype('Carte', new Date());
    const tracking = {
      ...prototype.tracking,
      commitment: { ...prototype.tracking.commitment, days: 10 },
    };
    openInStore({ ...prototype, tracking });
    openTab('commitment');
    const user = userEvent.setup();
    render(<TrackingScreen />);
    const days = screen.getByLabelText('Délai annoncé au demandeur (jours ouvrés)');
    await waitFor(() =>
      expect(days).toHaveAccessibleDescription(
        expect.stringMatching(/parcours dépassent le délai annoncé de 10 jours ouvrés/),
      ),
    );
    const field = days.closest('.field') as HTMLElement;
    await user.click(within(field).getByRole('button', { name: /^Annoncer \d+ jours ouvrés$/ }));
    const promised = current().tracking.commitment.days ?? 0;
    expect(promised).toBeGreaterThan(10);
    expect(days).toHaveValue(String(promised));
    expect(days).not.toHaveAccessibleDescription(expect.stringMatching(/dépasse/));
  });
});

describe('the requester’s page', () => {
  it('never promises the next step after the answer it commits to', () => {
    const tracking = defaultTracking();
    tracking.commitment = { ...tracking.commitment, days: 10 };
    const submissionDate = new Date(2026, 11, 1);
    render(
      <TrackingPage
        tracking={tracking}
        serviceName="Carte"
        stops={[
          { statusId: defaultStatusIds.submitted, dayOffset: 0 },
          { statusId: defaultStatusIds.examining, dayOffset: 5 },
        ]}
        reached={1}
        values={{ builtins: { trackingCode: 'HFBRGFTX' }, answers: {}, fields: [] } as never}
        submissionDate={submissionDate}
        formatDate={(date) => date.toISOString().slice(0, 10)}
      />,
    );
    const next = screen.getByText(/Prochaine étape au plus tard le/).textContent ?? '';
    const answer = screen.getByText(/Le service s’engage à vous répondre au plus tard le/);
    expect(next.match(/\d{4}-\d\d-\d\d/)?.[0]).toBe(
      answer.textContent?.match(/\d{4}-\d\d-\d\d/)?.[0],
    );
  });
});
