// Loads TypeScript fixtures (which build prototypes with the app's own domain code)
// through Vite, so that generated data always matches the current schema.
import { createServer } from 'vite';

let server;

export async function loadFixture(path) {
  server ??= await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  return server.ssrLoadModule(path);
}

export async function closeFixtures() {
  await server?.close();
  server = undefined;
}
