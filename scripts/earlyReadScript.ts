import { createHash } from 'node:crypto';
import { build, type Plugin } from 'vite';

const entry = 'src/app/earlyReadScript.ts';

/**
 * Puts `src/app/earlyReadScript.ts` in the head of index.html as a classic script of its
 * own: it then runs as soon as the page is parsed that far, where the app's module waits to
 * be loaded and compiled first. Built apart (a self-contained IIFE, its content's hash in
 * its name, so cached for good under /assets/). The dev server serves it as a module, run
 * before the app's.
 */
export function earlyReadScript(): Plugin {
  let command: 'build' | 'serve' = 'serve';
  let root = process.cwd();
  let fileName = '';
  return {
    name: 'fabrik-early-read-script',
    configResolved(config) {
      command = config.command;
      root = config.root;
    },
    async buildStart() {
      if (command !== 'build') return;
      const built = await build({
        configFile: false,
        root,
        publicDir: false,
        logLevel: 'silent',
        build: {
          write: false,
          minify: true,
          lib: { entry, formats: ['iife'], name: 'fabrikEarlyReadScript' },
        },
      });
      const [output] = Array.isArray(built) ? built : [built];
      if (!output || !('output' in output)) throw new Error(`${entry} did not build`);
      const source = output.output[0].code;
      const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
      fileName = `assets/early-read-${hash}.js`;
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml() {
      const attrs =
        command === 'build' ? { src: `/${fileName}` } : { type: 'module', src: `/${entry}` };
      return [{ tag: 'script', attrs, injectTo: 'head' }];
    },
  };
}
