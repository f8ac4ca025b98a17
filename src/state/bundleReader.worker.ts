// Reads and checks an imported file off the main thread: however the file is made, the
// page keeps answering while it is parsed, validated and hashed (state/bundleReader.ts).
import { readBundleBytes } from '../domain/bundle/readBundleBytes';
import type { BundleReadResult } from '../domain/bundle/readBundle';

/** This worker's side of the conversation (the DOM library types `self` as a window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Blob>) => void) | null;
  postMessage(result: BundleReadResult): void;
};

scope.onmessage = async ({ data: file }) => {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // Moved or deleted since it was picked: said as a file that cannot be read.
    scope.postMessage({ ok: false, error: { kind: 'unreadable' } });
    return;
  }
  scope.postMessage(await readBundleBytes(bytes));
};
