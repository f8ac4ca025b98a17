import type { ReadinessIssue } from '../readiness';
import type { Participant } from './schema';
import { hasReferent, isTeamTooLarge, MAX_TEAM_SIZE } from './rules';

/** The team's items of the readiness checklist: a referent is required; a large team is flagged. */
export function teamReadiness(team: readonly Participant[]): ReadinessIssue[] {
  const issues: ReadinessIssue[] = [];
  if (!hasReferent(team)) {
    issues.push({
      step: 'workshops',
      messageKey: 'workshops:readiness.noReferent',
      severity: 'error',
    });
  }
  if (isTeamTooLarge(team)) {
    issues.push({
      step: 'workshops',
      messageKey: 'workshops:readiness.teamTooLarge',
      params: { count: team.length, max: MAX_TEAM_SIZE },
      severity: 'warning',
    });
  }
  return issues;
}
