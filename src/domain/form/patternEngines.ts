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
 * Loads the pattern engines. They weigh about 70 KB compressed and take longer to run
 * than the form designer's own code, so they load only where patterns are met: a received
 * file's screen loads them before it shows (src/app/App.tsx); a prototype's screens wait
 * for them only when it holds a pattern (holdsPattern.ts), and load them once idle
 * otherwise (src/app/prototype/).
 */
export function loadPatternEngines(): Promise<PatternEngines> {
  loading ??= Promise.all([import('re2js'), import('randexp')]).then(
    ([re2, randexp]) => {
      loaded = { re2: re2.RE2JS, RandExp: randexp.default };
      return loaded;
    },
    (error: unknown) => {
      // Not cached: the next call (a retry, a later screen) loads them again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Whether `loadPatternEngines` has resolved. */
export const patternEnginesLoaded = (): boolean => loaded !== undefined;

/** The engines, once `loadPatternEngines` has resolved; a screen that forgot to wait fails loudly. */
export function patternEngines(): PatternEngines {
  if (!loaded) throw new Error('Pattern engines are not loaded: await loadPatternEngines() first.');
  return loaded;
}
