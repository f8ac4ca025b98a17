// bpmnlint ships CommonJS without entry types for these paths; this is the part Fabrik uses.
declare module 'bpmnlint/lib/linter' {
  export interface LintReport {
    id?: string;
    message: string;
    category: 'warn' | 'error' | 'info' | 'rule-error';
  }
  export default class Linter {
    constructor(options: {
      resolver: {
        resolveRule(pkg: string, name: string): unknown;
        resolveConfig(pkg: string, name: string): unknown;
      };
    });
    lint(
      root: unknown,
      config: { rules: Record<string, string> },
    ): Promise<Record<string, LintReport[]>>;
  }
}

declare module 'bpmnlint/config/recommended' {
  const config: { rules: Record<string, 'error' | 'warn'> };
  export default config;
}

declare module 'bpmnlint/rules/*' {
  const ruleFactory: (config?: unknown) => unknown;
  export default ruleFactory;
}
