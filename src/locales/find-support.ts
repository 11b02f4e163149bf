// The `find-support` namespace in every shipped language: imported by <nwd-find-support> alone.
import type { NamespaceStrings } from './types.js';
import { findSupport as enGB } from './en-GB/find-support.js';
import { findSupport as cy } from './cy/find-support.js';
import { findSupport as gd } from './gd/find-support.js';

export const findSupportStrings: NamespaceStrings = { 'en-GB': enGB, cy, gd };
