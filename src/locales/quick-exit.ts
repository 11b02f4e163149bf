// The `quick-exit` namespace in every shipped language: imported by <nwd-quick-exit> alone, so an
// app that uses only the quick exit ships only these strings.
import type { NamespaceStrings } from './types.js';
import { quickExit as enGB } from './en-GB/quick-exit.js';
import { quickExit as cy } from './cy/quick-exit.js';
import { quickExit as gd } from './gd/quick-exit.js';

export const quickExitStrings: NamespaceStrings = { 'en-GB': enGB, cy, gd };
