// The `common` namespace in every shipped language.
import type { NamespaceStrings } from './types.js';
import { common as enGB } from './en-GB/common.js';
import { common as cy } from './cy/common.js';
import { common as gd } from './gd/common.js';

export const commonStrings: NamespaceStrings = { 'en-GB': enGB, cy, gd };
