import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultTracking } from '../../../src/domain/tracking/defaults';
import type { Tracking } from '../../../src/domain/tracking/schema';
import { TrackingView } from '../../../src/features/review/content/TrackingView';
import '../../../src/features/review/i18n';

function withSilence(
  silence: Tracking['commitment']['silence'],
  silenceAfterDays: number | null,
): Tracking {
  const tracking = defaultTracking();
  return { ...tracking, commitment: { ...tracking.commitment, silence, silenceAfterDays } };
}

describe('the service’s silence in the review', () => {
  it('says the period is not set yet rather than « après 0 jour »', () => {
    render(<TrackingView tracking={withSilence('acceptance', null)} form={{ pages: [] }} />);
    expect(
      screen.getByText(
        'Le silence du service vaudra accord, après un délai qui n’est pas encore fixé.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/après 0 jour/)).not.toBeInTheDocument();
  });

  it('says so for a refusal too', () => {
    render(<TrackingView tracking={withSilence('refusal', null)} form={{ pages: [] }} />);
    expect(
      screen.getByText(
        'Le silence du service vaudra rejet, après un délai qui n’est pas encore fixé.',
      ),
    ).toBeInTheDocument();
  });

  it('gives the period once it is set', () => {
    render(<TrackingView tracking={withSilence('acceptance', 60)} form={{ pages: [] }} />);
    expect(
      screen.getByText('Le silence du service vaut accord après 60 jours.'),
    ).toBeInTheDocument();
  });
});
