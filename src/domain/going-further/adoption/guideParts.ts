import { generatedPart, type GeneratedPart } from '../editedParts';
import type { GuideStep, RoleGuide } from './guide';
import type { EditedPart } from './schema';
import type { AdoptionWording } from './wording';

export const guideIntroKey = (role: string) => `guide:${role}:intro`;
export const guideCheckKey = (role: string, stepId: string) => `guide:${role}:${stepId}:check`;

/** A part of a guide the team may reword, with what the prototype says now. */
export type GuidePart = GeneratedPart;

export interface GuideParts {
  intro: GuidePart;
  /** What to check at each step, in the guide's order. */
  checks: { step: GuideStep; part: GuidePart }[];
}

/** The rewordable parts of a role's guide: its introduction and what to check per step. */
export function guideParts(
  guide: RoleGuide,
  words: AdoptionWording,
  edits: readonly EditedPart[] | undefined,
): GuideParts {
  return {
    intro: generatedPart(
      guideIntroKey(guide.role),
      words.guideIntro(guide.role, guide.steps.length),
      edits,
    ),
    checks: guide.steps.map((step) => ({
      step,
      part: generatedPart(guideCheckKey(guide.role, step.id), step.check ?? '', edits),
    })),
  };
}

/** The guide with the team's wording of what to check. */
export function withGuideParts(guide: RoleGuide, parts: GuideParts): RoleGuide {
  const checks = new Map(parts.checks.map(({ step, part }) => [step.id, part.text]));
  return {
    ...guide,
    steps: guide.steps.map((step) => {
      const check = checks.get(step.id)?.trim();
      if (check) return { ...step, check };
      const { check: _none, ...rest } = step;
      return rest;
    }),
  };
}
