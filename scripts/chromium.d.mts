export const chromiumPath: string;
export const chromiumArgs: string[];
export const installHint: string;
export function requireChromium(): string;
