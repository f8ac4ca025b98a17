import type { ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

const immutable = 'public, max-age=31536000, immutable';

/**
 * `npm start` serves the built app with Vite's preview server, which asks the browser to
 * check every file again on each visit ("no-cache"): opening a prototype's address then
 * waited for some sixty round trips before showing anything. Files under /assets/ have
 * their content's hash in their name, so they are cached for good, as any host of a
 * Vite build does; index.html and the service worker are still checked each time.
 */
export function immutableAssets(): Plugin {
  return {
    name: 'fabrik-immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.startsWith('/assets/')) keepCachedForGood(response);
        next();
      });
    },
  };
}

/** The preview server writes its own Cache-Control with the head: it is replaced there. */
function keepCachedForGood(response: ServerResponse) {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    const headers = args.filter(
      (arg): arg is Record<string, unknown> =>
        Boolean(arg) && typeof arg === 'object' && !Array.isArray(arg),
    );
    const type = [response.getHeader('content-type'), ...headers.map(contentType)].join(' ');
    // A missing file gets the app's page (the preview's fallback): that is never kept.
    if (!type.includes('text/html')) {
      for (const set of headers) {
        for (const name of Object.keys(set)) {
          if (name.toLowerCase() === 'cache-control') delete set[name];
        }
      }
      response.setHeader('Cache-Control', immutable);
    }
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}

const contentType = (headers: Record<string, unknown>) =>
  Object.entries(headers)
    .filter(([name]) => name.toLowerCase() === 'content-type')
    .map(([, value]) => String(value))
    .join(' ');
