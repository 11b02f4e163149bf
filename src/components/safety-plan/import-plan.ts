// "Open a downloaded copy" (SP13): reads both formats the element writes. The envelope JSON, plain
// or locked, and the plain-text copy, whose headings may be in any shipped language.
import { readEnvelope } from '../../engines/safety-plan/envelope.js';
import { emptyPlan, STEPS, validatePlan, type PlanV1, type StepId } from '../../engines/safety-plan/model.js';
import { safetyPlanStrings } from '../../locales/safety-plan.js';

export type Imported = { kind: 'plan'; plan: PlanV1 } | { kind: 'locked'; raw: string } | { kind: 'invalid' };

const CONTACTS: StepId[] = ['askForHelp', 'professional'];

/** Heading text → step, for every shipped language. */
const SECTIONS = [...STEPS, 'harmReduction'] as const;
type Section = (typeof SECTIONS)[number];
const HEADINGS = new Map<string, Section>(
  Object.values(safetyPlanStrings).flatMap((table) => SECTIONS.map((step) => [table[`view_${step}`].trim().toLowerCase(), step] as [string, Section])),
);

export function importPlan(text: string): Imported {
  const read = readEnvelope(text.trim());
  if (read.kind === 'plain') return { kind: 'plan', plan: read.plan };
  if (read.kind === 'encrypted') return { kind: 'locked', raw: text.trim() };
  if (read.kind === 'newer') return { kind: 'invalid' };
  return fromText(text);
}

function fromText(text: string): Imported {
  const plan = emptyPlan();
  let current: Section | undefined;
  let found = false;
  for (const line of text.split(/\r?\n/)) {
    const heading = HEADINGS.get(line.trim().toLowerCase());
    if (heading) {
      current = heading;
      found = true;
      continue;
    }
    const item = /^- (.*?)(?: \(([+\d\s()-]{3,40})\))?$/.exec(line.trim());
    if (!current || !item) continue;
    const [, words, phone] = item;
    if (current === 'harmReduction') {
      (plan.harmReduction ??= []).push(words);
      continue;
    }
    const list = plan.steps[current] as unknown[];
    if (CONTACTS.includes(current)) list.push(phone ? { name: words, phone } : { name: words });
    else if (current === 'distraction') list.push(phone ? { text: words, phone } : { text: words });
    else list.push(phone ? `${words} (${phone})` : words);
  }
  if (!found) return { kind: 'invalid' };
  const checked = validatePlan(plan); // the same limits as stored plans
  return checked.ok ? { kind: 'plan', plan: checked.plan } : { kind: 'invalid' };
}
