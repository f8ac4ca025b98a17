import type { PilotWay } from './pilotWays';
import type { Pilot, PilotProfile } from './schema';

export interface WayCoverage {
  way: PilotWay;
  /** The profiles with at least one participant that will try it. */
  profileIds: string[];
}

export interface PilotCoverage {
  ways: WayCoverage[];
  /** The ways nobody will try: each is warned about. */
  uncovered: PilotWay[];
  /** Participants per profile id. */
  counts: ReadonlyMap<string, number>;
  /** Profiles that plan ways but have nobody in them: those ways are not tried. */
  emptyProfiles: PilotProfile[];
  /** Participants not yet in any profile. */
  withoutProfile: number;
}

/**
 * Which ways of the service the planned participants will try, and which nobody will: a
 * way counts as covered when a profile plans it and has at least one participant.
 */
export function pilotCoverage(pilot: Pilot, ways: readonly PilotWay[]): PilotCoverage {
  const counts = new Map<string, number>();
  let withoutProfile = 0;
  const known = new Set(pilot.profiles.map((profile) => profile.id));
  for (const participant of pilot.participants) {
    if (participant.profileId !== undefined && known.has(participant.profileId)) {
      counts.set(participant.profileId, (counts.get(participant.profileId) ?? 0) + 1);
    } else withoutProfile += 1;
  }
  const staffed = pilot.profiles.filter((profile) => (counts.get(profile.id) ?? 0) > 0);
  const byWay = new Map<string, string[]>();
  for (const profile of staffed) {
    for (const key of profile.covers) byWay.set(key, [...(byWay.get(key) ?? []), profile.id]);
  }
  const coverage = ways.map((way) => ({ way, profileIds: byWay.get(way.key) ?? [] }));
  return {
    ways: coverage,
    uncovered: coverage.filter((entry) => entry.profileIds.length === 0).map((entry) => entry.way),
    counts,
    emptyProfiles: pilot.profiles.filter(
      (profile) => profile.covers.length > 0 && (counts.get(profile.id) ?? 0) === 0,
    ),
    withoutProfile,
  };
}
