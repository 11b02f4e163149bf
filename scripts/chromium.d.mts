// Types for scripts/chromium.mjs, imported by vitest.config.ts.
export const CHROMIUM_ARGS: string[];
export function findChromium(): string | undefined;
export function ensureChromium(): string;
export function launch(): Promise<import('playwright-core').Browser>;
