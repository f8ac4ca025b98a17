/**
 * The value lists of the deployment operations, apart from the zod schema so that the step
 * registry (loaded with the catalogue) reads them without pulling zod.
 */

/** The four letters of a RACI cell. */
export const raciLetters = ['R', 'A', 'C', 'I'] as const;
export type RaciLetter = (typeof raciLetters)[number];

/** The cycle of deployment operations proposed by default, in order. */
export const defaultOperationKinds = [
  'installation',
  'configuration',
  'data-migration',
  'user-accounts',
  'training',
  'working-processes',
  'communication',
  'go-live',
  'support',
] as const;
export type DefaultOperationKind = (typeof defaultOperationKinds)[number];

/** The actors added by default beside the team and the process roles. */
export const defaultActorKinds = [
  'production-team',
  'dsi',
  'integrator',
  'steering-committee',
] as const;
export type DefaultActorKind = (typeof defaultActorKinds)[number];

/** More than any real deployment plans; the screen stays usable up to it. */
export const MAX_OPERATIONS = 300;
/** Added actors beyond the team and the process roles. */
export const MAX_ADDED_ACTORS = 100;
