import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core on the page and fails with a readable list of violations.
 * The source is evaluated through the DevTools protocol, which the app's CSP allows,
 * unlike an inline <script>.
 */
export async function expectNoAxeViolations(page: Page, options: { exclude?: string[] } = {}) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (exclude) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    const context =
      exclude.length > 0
        ? { include: [['body']], exclude: exclude.map((selector) => [selector]) }
        : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target })),
    }));
  }, options.exclude ?? []);
  expect(
    violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}
