import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy, securityHeaders } from './scripts/securityHeaders.ts';
import { earlyReadScript } from './scripts/earlyReadScript.ts';
import { immutableAssets } from './scripts/immutableAssets.ts';
import packageJson from './package.json' with { type: 'json' };

/**
 * Adds the CSP as a <meta> tag to the built index.html, so that any static host serving
 * the app enforces it. Dev mode is left alone: Vite's dev client needs inline scripts.
 */
function cspMetaTag(): Plugin {
  return {
    name: 'fabrik-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version),
  },
  plugins: [
    react(),
    cspMetaTag(),
    immutableAssets(),
    earlyReadScript(),
    VitePWA({
      // "prompt": a new release waits until every Fabrik tab is closed, then serves the
      // next visit, so an open workshop is never reloaded under the referent's feet.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon-32.png'],
      manifest: {
        name: 'Fabrik — atelier de démarches en ligne',
        short_name: 'Fabrik',
        description: 'Prototyper une démarche en ligne en atelier, hors ligne, dans le navigateur.',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#000091',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // bpmn-js's chunk is large; it must still be cached for offline use.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // Needed by the inlining of small common chunks below (the app has no library entry).
      preserveEntrySignatures: false,
      output: {
        codeSplitting: {
          // A prototype's page loaded ~57 files, 33 of them under 5 KB, each appended as a
          // modulepreload link (~0.2 ms each) and compiled on its own before the screen
          // showed. Chunks under 12 KB shared by a few screens are copied into each of them
          // instead (a 50-field form opened by its address: median 184 → 171 ms, 24 runs
          // each, interleaved). Rolldown then keeps each module's execution order itself
          // (strictExecutionOrder), which merging chunks needs.
          experimentalInlineCommonChunks: { maxSize: 12 * 1024 },
          // What the first page needs comes as one file, beside Rolldown's small runtime.
          // Left to itself, Rolldown splits out every module that lazy chunks share with
          // the entry (17 files): each one costs the page a request and a module to
          // compile and link before anything shows, and more gzip bytes than one file.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  preview: {
    headers: securityHeaders,
  },
});
