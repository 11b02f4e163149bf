// Type test (issue 16 item 2): what svelte-check reads for <nwd-*> in a Svelte template,
// svelteHTML.IntrinsicElements, types every element's attributes and events (tsc; Svelte is not installed here).
import type {} from 'no-wrong-door/svelte';

type Elements = svelteHTML.IntrinsicElements;
export const quickExit: Elements['nwd-quick-exit'] = { href: 'https://www.bbc.co.uk/weather', mode: 'assign', shortcut: 'esc2', 'on:nwd-exit': (e) => e.detail.href };
export const findSupport: Elements['nwd-find-support'] = { nation: 'scotland', 'feed-format': 'nwd', variant: 'compact', 'on:nwd-contact': (e) => e.detail.channel };
export const languageCheck: Elements['nwd-language-check'] = { audience: 'public', 'min-severity': 'high', 'on:nwd-review': (e) => e.detail.high };
export const safetyPlan: Elements['nwd-safety-plan'] = { nation: 'wales', discreet: true, 'on:nwd-plan': (e) => e.detail.type };
// @ts-expect-error a misspelt nation is an error
export const misspelt: Elements['nwd-safety-plan'] = { nation: 'wals' };
