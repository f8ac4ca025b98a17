/**
 * Each step's strings are registered when its screen loads. The review shows every step's
 * readiness messages without opening every step, and a feature never imports another: the
 * app registers here how to load each step's strings, and the review asks for them all.
 */
type Loader = () => Promise<unknown>;

const loaders: Loader[] = [];
let loaded: Promise<void> | undefined;

export function registerStepStrings(...load: Loader[]): void {
  loaders.push(...load);
  loaded = undefined;
}

/** Loads every registered step's strings (once); resolves when they can be shown. */
export function loadStepStrings(): Promise<void> {
  loaded ??= Promise.all(loaders.map((load) => load())).then(() => undefined);
  return loaded;
}
