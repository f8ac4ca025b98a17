// A minimal page with nothing but bpmn-js (the app's own copy, so the same version),
// built with Vite into a temporary folder and served locally: the reference the
// Processing step is measured against. Its buttons open (a new modeler, then the XML) or
// import (into the modeler already there) the XML put in `window.benchXml`, and resolve
// `window.benchDone` with the time from the click to the end of the next frame; opened at
// the address ending in ?open, it opens that XML at once and resolves `window.benchDone`
// with the time from the navigation.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';

const modules = resolve('node_modules');

const html = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>bpmn-js seul</title>
<style>html, body { margin: 0; } #canvas { height: 100vh; }</style></head>
<body><button id="open">Ouvrir</button><button id="import">Importer</button>
<div id="canvas"></div><script type="module" src="./main.js"></script></body></html>`;

const main = `
import Modeler from '${modules}/bpmn-js/lib/Modeler.js';
import '${modules}/bpmn-js/dist/assets/diagram-js.css';
import '${modules}/bpmn-js/dist/assets/bpmn-js.css';
import '${modules}/bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';

const container = document.getElementById('canvas');
let modeler;
const afterFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      scheduler.postTask(() => resolve(performance.now()), { priority: 'user-blocking' });
    }),
  );
const timed = (work) => (event) => {
  const start = event.timeStamp;
  window.benchDone = work().then(afterFrame).then((end) => end - start);
};
document.getElementById('open').addEventListener('click', timed(async () => {
  modeler?.destroy();
  modeler = new Modeler({ container });
  await modeler.importXML(window.benchXml);
}));
document.getElementById('import').addEventListener('click', timed(async () => {
  await modeler.importXML(window.benchXml);
}));
// Opened on load (?open): the time from the navigation, bpmn-js's code loaded included.
if (location.search === '?open') {
  modeler = new Modeler({ container });
  window.benchDone = modeler.importXML(window.benchXml).then(afterFrame);
}
window.benchReady = true;
`;

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Builds the page and serves it; returns its address and a function that stops it. */
export async function serveBareBpmn() {
  const root = mkdtempSync(join(tmpdir(), 'fabrik-bare-bpmn-'));
  writeFileSync(join(root, 'index.html'), html);
  writeFileSync(join(root, 'main.js'), main);
  const outDir = join(root, 'dist');
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    build: { outDir, target: 'es2022' },
    server: { fs: { allow: [root, modules] } },
  });
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    try {
      const body = readFileSync(join(outDir, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'content-type': types[extname(path) || '.html'] ?? 'text/plain' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: async () => {
      await new Promise((done) => server.close(done));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
