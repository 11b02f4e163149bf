// Registers <nwd-safety-plan>. The only file that does; import the class from ./safety-plan.js to
// register it under a name of your own.
import { defineElement } from '../../core/define.js';
import { NwdSafetyPlan } from './safety-plan.js';

defineElement('nwd-safety-plan', NwdSafetyPlan);

export { NwdSafetyPlan };
export type { NwdPlanDetail } from './safety-plan.js';
