/**
 * The frame's value lists, apart from its zod schema: the step registry reads the frame's
 * progress on the first page load, which must not bring zod with it.
 */

export const stakeholderKinds = [
  'agents',
  'requesters',
  'elected',
  'it',
  'partner',
  'other',
] as const;

export const territoryKinds = [
  'commune',
  'intercommunalite',
  'departement',
  'region',
  'etat',
  'other',
] as const;

/** What sets the deadline: a text that obliges, or the organisation's own choice. */
export const deadlineBases = ['legal', 'internal'] as const;

export const deliveryModes = ['integrator', 'in-house', 'mixed'] as const;

/** Who may struggle online is offered one of these. */
export const helpKinds = ['phone', 'counter', 'assisted-digital', 'france-services'] as const;

/** The channels requests arrive through; their shares total 100 %. */
export const requestChannels = ['online', 'phone', 'counter', 'mail', 'france-services'] as const;
