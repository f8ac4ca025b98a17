// Enforces DESIGN.md's layering: app -> features -> state -> domain, storage -> domain,
// and no feature folder importing another. Resolves relative imports against the file,
// so the rule holds however deep the importing file is.
import path from 'node:path';

const srcRoot = path.resolve(import.meta.dirname, '..', 'src');

/** Which top-level areas each layer may import from. */
const allowedLayers = {
  domain: ['domain'],
  storage: ['domain', 'storage'],
  state: ['domain', 'storage', 'state'],
  ui: ['domain', 'ui'],
  features: ['domain', 'state', 'storage', 'ui', 'features'],
  app: ['domain', 'state', 'storage', 'ui', 'features', 'app'],
};

/** Packages a layer may not use at all. */
const forbiddenPackages = {
  domain: [/^react($|-|\/)/, /^dexie/, /^zustand/, /^bpmn-js/, /^diagram-js/, /^@dnd-kit/],
  storage: [/^react($|-|\/)/, /^zustand/],
  state: [/^react-dom/, /^dexie/],
  ui: [/^dexie/],
  features: [/^dexie/],
  app: [/^dexie/],
};

function locate(file) {
  const relative = path.relative(srcRoot, file);
  if (relative.startsWith('..')) return null;
  const [layer, feature] = relative.split(path.sep);
  return { layer, feature: layer === 'features' ? feature : undefined };
}

export const layersPlugin = {
  rules: {
    layers: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const from = locate(context.filename);
        if (!from || !allowedLayers[from.layer]) return {};
        const check = (node, source) => {
          if (typeof source !== 'string') return;
          if (!source.startsWith('.')) {
            const banned = forbiddenPackages[from.layer].find((re) => re.test(source));
            if (banned) {
              context.report({ node, message: `src/${from.layer} may not import '${source}'.` });
            }
            return;
          }
          const to = locate(path.resolve(path.dirname(context.filename), source));
          if (!to) return;
          if (!allowedLayers[from.layer].includes(to.layer)) {
            context.report({
              node,
              message: `src/${from.layer} may not import from src/${to.layer}.`,
            });
          } else if (from.feature && to.feature && from.feature !== to.feature) {
            context.report({
              node,
              message: `features/${from.feature} may not import features/${to.feature}: move what they share to domain or ui.`,
            });
          }
        };
        return {
          ImportDeclaration: (node) => check(node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
          ExportAllDeclaration: (node) => check(node, node.source.value),
          ImportExpression: (node) => check(node, node.source.value),
        };
      },
    },
  },
};
