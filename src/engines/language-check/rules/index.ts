// All built-in rules, by category. Each category is its own module so hosts can reuse or leave out any.
import type { Rule } from '../types.js';
import { criminalising } from './criminalising.js';
import { figurative } from './figurative.js';
import { labelling } from './labelling.js';
import { methodLocation } from './method-location.js';
import { minimising } from './minimising.js';
import { outdatedClinical } from './outdated-clinical.js';
import { sensationalising } from './sensationalising.js';
import { successFailure } from './success-failure.js';

export const RULES: readonly Rule[] = [
  ...criminalising,
  ...successFailure,
  ...sensationalising,
  ...methodLocation,
  ...minimising,
  ...labelling,
  ...outdatedClinical,
  ...figurative,
];
