import { afterEach, describe, expect, it, vi } from 'vitest';
import { READ_TIMEOUT_SECONDS, readBundleFile } from '../../../src/state/bundleReader';

/** A worker that answers as the test says, and remembers being stopped. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: Event) => void) | null = null;
  terminated = false;
  received: unknown;
  postMessage(data: unknown) {
    this.received = data;
  }
  terminate() {
    this.terminated = true;
  }
}

function reader() {
  const worker = new FakeWorker();
  return { worker, createWorker: () => worker as unknown as Worker };
}

const file = new Blob(['{}']);

afterEach(() => vi.useRealTimers());

describe('reading a file in a worker', () => {
  it('hands the file over and gives back what the worker found, then stops it', async () => {
    const { worker, createWorker } = reader();
    const reading = readBundleFile(file, { createWorker });
    expect(worker.received).toBe(file);
    worker.onmessage?.({ data: { ok: false, error: { kind: 'empty' } } } as MessageEvent);
    expect(await reading).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(worker.terminated).toBe(true);
  });

  it('refuses the file when the check outlasts its time, and stops the worker', async () => {
    vi.useFakeTimers();
    const { worker, createWorker } = reader();
    const reading = readBundleFile(file, { createWorker });
    await vi.advanceTimersByTimeAsync(READ_TIMEOUT_SECONDS * 1000);
    expect(await reading).toEqual({
      ok: false,
      error: { kind: 'too-slow', seconds: READ_TIMEOUT_SECONDS },
    });
    expect(worker.terminated).toBe(true);
  });

  it('refuses the file when the worker crashes, instead of leaving it half read', async () => {
    const { worker, createWorker } = reader();
    const reading = readBundleFile(file, { createWorker });
    worker.onerror?.(new Event('error'));
    expect(await reading).toEqual({ ok: false, error: { kind: 'unreadable' } });
    expect(worker.terminated).toBe(true);
  });

  it('stops when cancelled, answering nothing', async () => {
    const { worker, createWorker } = reader();
    const controller = new AbortController();
    const reading = readBundleFile(file, { createWorker, signal: controller.signal });
    controller.abort();
    expect(await reading).toBeUndefined();
    expect(worker.terminated).toBe(true);
  });

  it('reads on this thread where there are no workers', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(await readBundleFile(new Blob(['  ']))).toEqual({ ok: false, error: { kind: 'empty' } });
  });
});
