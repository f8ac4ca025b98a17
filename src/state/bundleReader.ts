import type { BundleReadResult } from '../domain/bundle/readBundle';

/** A real bundle is checked in well under a second; past this, the file is refused. */
export const READ_TIMEOUT_SECONDS = 20;

/** Where the check runs: a worker in the browser, this thread where there are none (tests). */
export type WorkerFactory = () => Worker;

const bundleWorker: WorkerFactory = () =>
  new Worker(new URL('./bundleReader.worker.ts', import.meta.url), { type: 'module' });

async function readHere(file: Blob): Promise<BundleReadResult> {
  const { readBundleBytes } = await import('../domain/bundle/readBundleBytes');
  return readBundleBytes(new Uint8Array(await file.arrayBuffer()));
}

/**
 * Reads and checks an imported file in a worker, so the page answers clicks meanwhile, and
 * always answers: a refusal when the check crashes or outlasts `READ_TIMEOUT_SECONDS`
 * (the worker is then stopped), `undefined` when `signal` cancels it first.
 */
export function readBundleFile(
  file: Blob,
  {
    signal,
    createWorker = bundleWorker,
  }: { signal?: AbortSignal; createWorker?: WorkerFactory } = {},
): Promise<BundleReadResult | undefined> {
  if (typeof Worker === 'undefined' && createWorker === bundleWorker) return readHere(file);
  const worker = createWorker();
  return new Promise((resolve) => {
    const finish = (result: BundleReadResult | undefined) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
      resolve(result);
    };
    const cancel = () => finish(undefined);
    const timer = setTimeout(
      () => finish({ ok: false, error: { kind: 'too-slow', seconds: READ_TIMEOUT_SECONDS } }),
      READ_TIMEOUT_SECONDS * 1000,
    );
    signal?.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<BundleReadResult>) => finish(event.data);
    const crashed = (event: Event) => {
      event.preventDefault();
      finish({ ok: false, error: { kind: 'unreadable' } });
    };
    worker.onerror = crashed;
    worker.onmessageerror = crashed;
    worker.postMessage(file);
  });
}
