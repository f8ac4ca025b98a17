import { useEffect, useReducer } from 'react';

type Loader<T> = () => Promise<T>;

interface Entry<T> {
  promise: Promise<T>;
  value?: T;
  failed?: { error: unknown };
}

const entries = new WeakMap<Loader<unknown>, Entry<unknown>>();

function entryOf<T>(loader: Loader<T>): Entry<T> {
  let entry = entries.get(loader) as Entry<T> | undefined;
  if (!entry) {
    const created: Entry<T> = { promise: loader() };
    created.promise.then(
      (value) => (created.value = value),
      (error: unknown) => (created.failed = { error }),
    );
    entries.set(loader, created);
    entry = created;
  }
  return entry;
}

/**
 * Starts loading a module ahead of need (e.g. a step's screen while its prototype loads);
 * the promise settles once `useLoaded` has it.
 */
export function preload<T>(loader: Loader<T>): Promise<T> {
  return entryOf(loader).promise;
}

/**
 * A lazily loaded module, or undefined while it loads. Unlike React.lazy with Suspense,
 * a module that has already arrived renders at once: React holds a Suspense boundary's
 * content back for up to 300 ms after its fallback shows, which doubled the time to open
 * a prototype. A failed load is thrown to the nearest error boundary.
 * `loader` must be a stable function (declared at module level).
 */
export function useLoaded<T>(loader: Loader<T>): T | undefined {
  const entry = entryOf(loader);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const settled = entry.value !== undefined || entry.failed !== undefined;
  useEffect(() => {
    if (settled) return;
    let live = true;
    const update = () => live && rerender();
    entry.promise.then(update, update);
    return () => {
      live = false;
    };
  }, [entry, settled]);
  if (entry.failed) throw entry.failed.error;
  return entry.value;
}
