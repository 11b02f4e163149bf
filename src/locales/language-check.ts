// The `language-check` namespace in every shipped language: imported by <nwd-language-check> alone.
import type { NamespaceStrings } from './types.js';
import { languageCheck as enGB } from './en-GB/language-check.js';
import { languageCheck as cy } from './cy/language-check.js';
import { languageCheck as gd } from './gd/language-check.js';

export const languageCheckStrings: NamespaceStrings = { 'en-GB': enGB, cy, gd };
