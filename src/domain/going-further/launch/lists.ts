/** The checklists of the launch, from the method texts: the pilot phase, then the open phase. */
export const launchChecklists = {
  pilot: ['participants', 'support', 'feedback', 'analysis', 'report'],
  open: ['communication', 'availability', 'scalability', 'monitoring', 'support'],
} as const;

export type LaunchPhase = keyof typeof launchChecklists;
export const launchPhases = Object.keys(launchChecklists) as LaunchPhase[];
export type LaunchItem<P extends LaunchPhase> = (typeof launchChecklists)[P][number];
