// The live workshop: how fast an edit made by one participant is seen by the five others
// (6 participants, loopback), what the workshop server costs with 20 rooms of 6
// participants editing a 300-field prototype, and how long a new participant takes to
// open a shared 300-field prototype from a share link in Chromium.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { closeFixtures, loadFixture } from './_fixtures.mjs';

const serverPort = Number(process.env.LIVE_BENCH_PORT ?? 1739);
const serverUrl = `ws://127.0.0.1:${serverPort}`;
const secret = () => Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString('base64url');

function startServer(dataDir) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/index.ts', `--port=${serverPort}`],
    {
      env: { ...process.env, FABRIK_LIVE_SQLITE: join(dataDir, 'bench.sqlite') },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes(`port=${serverPort}`)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`workshop server exited (${code})`)));
  });
}

/** Resident memory (MB) and CPU time (s) of a process, from /proc. */
function usage(pid) {
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { rssMb: rss, cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100 };
}

function participant(room, credentials) {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: serverUrl, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token: JSON.stringify(credentials),
  });
  provider.attach();
  const synced = new Promise((resolve) => provider.on('synced', resolve));
  return { doc, provider, synced, destroy: () => (provider.destroy(), socket.destroy()) };
}

/** A room holding the 300-field prototype, and its six participants (the referent first). */
async function sharedRoom(prototype, { writePrototype }) {
  const room = {
    id: secret(),
    owner: secret(),
    viewer: secret(),
    commenter: secret(),
    editor: secret(),
  };
  const person = (index) => ({ id: `bench-${index}-${secret().slice(0, 8)}`, name: `P${index}` });
  const owner = participant(room.id, {
    secret: room.owner,
    participant: person(0),
    create: { viewer: room.viewer, commenter: room.commenter, editor: room.editor },
  });
  await owner.synced;
  writePrototype(owner.doc, prototype);
  const others = [1, 2, 3, 4, 5].map((index) =>
    participant(room.id, { secret: room.editor, participant: person(index) }),
  );
  await Promise.all(others.map((other) => other.synced));
  return { room, people: [owner, ...others] };
}

/** An edit of one field's label by `author`, as the form designer makes it. */
function editLabel(author, prototype, fieldIndex, label, writePrototype) {
  const page = prototype.form.pages[Math.floor(fieldIndex / 30)];
  const fields = page.fields.map((field, index) =>
    index === fieldIndex % 30 ? { ...field, label } : field,
  );
  const next = {
    ...prototype,
    form: {
      pages: prototype.form.pages.map((item) => (item === page ? { ...page, fields } : item)),
    },
  };
  writePrototype(author.doc, next);
  return next;
}

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];

async function editLatencies(prototype, domain, edits) {
  const { people } = await sharedRoom(prototype, domain);
  const [author, ...watchers] = people;
  const latencies = [];
  let current = prototype;
  for (let index = 0; index < edits; index++) {
    const label = `Libellé ${index}`;
    const seen = watchers.map(
      (watcher) =>
        new Promise((resolve) => {
          const check = () => {
            const text = JSON.stringify(
              watcher.doc.getMap('prototype').get('form')?.toJSON() ?? {},
            );
            if (text.includes(`"${label}"`)) {
              watcher.doc.off('update', check);
              resolve(performance.now());
            }
          };
          watcher.doc.on('update', check);
        }),
    );
    const start = performance.now();
    current = editLabel(author, current, index % 300, label, domain.writePrototype);
    for (const at of await Promise.all(seen)) latencies.push(at - start);
    await sleep(20);
  }
  people.forEach((person) => person.destroy());
  return latencies;
}

async function serverLoad(prototype, domain, pid) {
  const rooms = [];
  for (let index = 0; index < 20; index++) rooms.push(await sharedRoom(prototype, domain));
  const before = usage(pid);
  const seconds = 20;
  const started = performance.now();
  let edits = 0;
  // Each participant changes a label every 3 seconds or so: a busy workshop, 40 edits a second overall.
  while (performance.now() - started < seconds * 1000) {
    for (const { people } of rooms) {
      const author = people[edits % 6];
      editLabel(author, prototype, edits % 300, `Charge ${edits}`, domain.writePrototype);
      edits++;
    }
    await sleep(500);
  }
  const after = usage(pid);
  const cpuPercent = ((after.cpuSeconds - before.cpuSeconds) / seconds) * 100;
  rooms.forEach(({ people }) => people.forEach((person) => person.destroy()));
  return { rssMb: after.rssMb, cpuPercent, edits };
}

/** From the click on "Rejoindre" to the shared prototype's first step on screen. */
async function joinMs(browser, baseUrl, prototype, domain, shareLinkUrl) {
  const { room, people } = await sharedRoom(prototype, domain);
  const context = await browser.newContext();
  const page = await context.newPage();
  const link = shareLinkUrl(baseUrl, { serverUrl, roomId: room.id, secret: room.viewer });
  await page.goto(link);
  await page.getByLabel('Votre nom').fill('Nouvelle participante');
  const start = Date.now();
  await page.getByRole('button', { name: 'Rejoindre' }).click();
  await page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }).waitFor();
  await page
    .getByRole('region', { name: 'Atelier en direct' })
    .getByText(/En direct/)
    .waitFor();
  const elapsed = Date.now() - start;
  await context.close();
  people.forEach((person) => person.destroy());
  return elapsed;
}

export default {
  name: 'live workshop',
  async run({ browser, baseUrl, runs, median }) {
    const dataDir = mkdtempSync(join(tmpdir(), 'fabrik-bench-live-'));
    const server = await startServer(dataDir);
    try {
      const { largePrototype } = await loadFixture('/tests/fixtures/largePrototype.ts');
      const domain = await loadFixture('/src/domain/live/sharedDoc.ts');
      const { shareLinkUrl } = await loadFixture('/src/domain/live/links.ts');
      const prototype = largePrototype(300);

      const latencies = await editLatencies(prototype, domain, 20 * runs);
      const p95 = percentile(latencies, 95);
      const load = await serverLoad(prototype, domain, server.pid);
      const joins = [];
      for (let run = 0; run < runs; run++) {
        joins.push(await joinMs(browser, baseUrl, prototype, domain, shareLinkUrl));
      }
      return [
        {
          measure: 'edit → seen by 5 others, p95 (6 participants, 300 fields)',
          unit: 'ms',
          target: '< 100 ms',
          median: p95,
          samples: latencies,
        },
        {
          measure: 'server memory, 20 rooms × 6 participants editing',
          unit: 'MB',
          median: load.rssMb,
          samples: [load.rssMb],
        },
        {
          measure: `server CPU, 20 rooms × 6 participants (${load.edits} edits in 20 s)`,
          unit: '%',
          median: load.cpuPercent,
          samples: [load.cpuPercent],
        },
        {
          measure: 'new participant opens a shared 300-field prototype',
          unit: 'ms',
          median: median(joins),
          samples: joins,
        },
      ];
    } finally {
      server.kill('SIGTERM');
      await closeFixtures();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
