// Every shipped locale, bundled: three small tables cost less than an async load and never flash keys.
import { enGB, type LocaleResources, type Namespace } from './en-GB/index.js';
import { cy } from './cy/index.js';
import { gd } from './gd/index.js';

export type { LocaleResources, Namespace };

/** The languages that ship. The first is the fallback for anything unknown. */
export const SUPPORTED_LANGUAGES = ['en-GB', 'cy', 'gd'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const resources: Record<Language, LocaleResources> = { 'en-GB': enGB, cy, gd };
export const NAMESPACES = Object.keys(enGB) as Namespace[];
