// The `safety-plan` namespace in every shipped language: imported by <nwd-safety-plan> alone.
import type { NamespaceStrings } from './types.js';
import { safetyPlan as enGB } from './en-GB/safety-plan.js';
import { safetyPlan as cy } from './cy/safety-plan.js';
import { safetyPlan as gd } from './gd/safety-plan.js';

export const safetyPlanStrings: NamespaceStrings = { 'en-GB': enGB, cy, gd };
