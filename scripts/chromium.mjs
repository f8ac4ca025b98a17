// Where the browser tests and the bench find Chromium, and how they start it.
// The network is closed on the machines that run Fabrik's tests: Chromium's background
// services would otherwise fail on every start.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const installHint =
  'Chromium is needed for the browser tests. On Debian: sudo apt-get update && sudo apt-get install -y chromium ' +
  '(or set CHROMIUM_PATH to a Chromium or Chrome executable).';

/** Exits with a message naming the install command when Chromium cannot be found. */
export function requireChromium() {
  if (!existsSync(chromiumPath)) {
    console.error(`\nNo Chromium at ${chromiumPath}.\n${installHint}\n`);
    process.exit(1);
  }
  return chromiumPath;
}
