import type { RE2JS } from 're2js';
import type RandExp from 'randexp';

/** What runs designers' patterns, and what makes up texts that match them. */
export interface PatternEngines {
  /** RE2: matching in time linear in the answer's length, never backtracking. */
  re2: typeof RE2JS;
  /** Texts matching a pattern, for sample answers. */
  RandExp: typeof RandExp;
}

let loaded: PatternEngines | undefined;
let loading: Promise<PatternEngines> | undefined;

/**
 * Loads the pattern engines. They weigh about 70 KB compressed, so they stay out of the
 * first page load: the screens of a prototype and of a received file load them before
 * they show (src/app/App.tsx), since their checks and previews run patterns.
 */
export function loadPatternEngines(): Promise<PatternEngines> {
  loading ??= Promise.all([import('re2js'), import('randexp')]).then(([re2, randexp]) => {
    loaded = { re2: re2.RE2JS, RandExp: randexp.default };
    return loaded;
  });
  return loading;
}

/** The engines, once `loadPatternEngines` has resolved; a screen that forgot to wait fails loudly. */
export function patternEngines(): PatternEngines {
  if (!loaded) throw new Error('Pattern engines are not loaded: await loadPatternEngines() first.');
  return loaded;
}
