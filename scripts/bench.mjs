// `npm run bench`: builds the app, serves it, drives Chromium through every suite in
// scripts/bench/, and prints the median of several runs of each measure as a table.
// Results are also written to bench-results/bench.json. Nothing here is a test: the
// targets are printed beside the medians for people to read, never asserted.
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { chromiumArgs, requireChromium } from './chromium.mjs';

const port = Number(process.env.BENCH_PORT ?? 4175);
const distDir = process.env.FABRIK_DIST ?? 'dist';
const baseUrl = `http://localhost:${port}`;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const only = process.argv[2];

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(baseUrl)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(`The preview server did not start on ${baseUrl}`);
}

const executablePath = requireChromium();
if (!process.env.BENCH_SKIP_BUILD)
  execSync(`npx vite build --outDir ${distDir}`, { stdio: 'inherit' });
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', distDir],
  {
    stdio: 'ignore',
    detached: true,
  },
);
const rows = [];
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const suites = readdirSync(new URL('./bench/', import.meta.url))
    .filter((file) => file.endsWith('.mjs') && !file.startsWith('_'))
    .filter((file) => !only || file.includes(only))
    .sort();
  for (const file of suites) {
    const suite = (await import(`./bench/${file}`)).default;
    console.log(`\n▶ ${suite.name}`);
    const measured = await suite.run({ browser, baseUrl, runs, median });
    rows.push(...measured.map((row) => ({ suite: suite.name, ...row })));
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}

const format = (value, unit) =>
  value.toFixed(unit === '×' ? 2 : unit === 'KB' || unit === 'ms' ? 1 : 0);
console.log('\n| suite | measure | median | target | runs |\n| --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.suite} | ${row.measure} | ${format(row.median, row.unit)} ${row.unit} | ${row.target ?? ''} | ${row.samples.length} |`,
  );
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  `${JSON.stringify({ at: new Date().toISOString(), runs, rows }, null, 2)}\n`,
);
console.log('\nWritten to bench-results/bench.json');
