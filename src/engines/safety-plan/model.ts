// The safety plan, version 1 (spec section B), and strict validation: stored data is never partly
// trusted. Unknown extra fields are dropped; anything missing or of the wrong type fails.

export const PLAN_VERSION = 1;
export const LIMITS = { itemChars: 500, items: 20, planBytes: 64 * 1024 } as const;

export interface Contact {
  name: string;
  phone?: string;
  note?: string;
}
export interface Entry {
  text: string;
  phone?: string;
}

/** Stanley-Brown order. The view and print always use the configured order. */
export const STEPS = ['warningSigns', 'copingAlone', 'distraction', 'askForHelp', 'professional', 'saferSpace', 'reasonsToLive'] as const;
export type StepId = (typeof STEPS)[number];

export interface PlanV1 {
  v: 1;
  /** Bumped on every successful save; used for compare-and-set between tabs. */
  rev: number;
  updatedAt: string;
  steps: {
    warningSigns: string[];
    copingAlone: string[];
    distraction: Entry[];
    askForHelp: Contact[];
    professional: Contact[];
    saferSpace: string[];
    reasonsToLive: string[];
  };
  harmReduction?: string[];
}

export function emptyPlan(now = new Date()): PlanV1 {
  return {
    v: 1,
    rev: 0,
    updatedAt: now.toISOString(),
    steps: { warningSigns: [], copingAlone: [], distraction: [], askForHelp: [], professional: [], saferSpace: [], reasonsToLive: [] },
  };
}

export type Validation = { ok: true; plan: PlanV1 } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function text(v: unknown, where: string, optional = false): string | undefined {
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string') throw new Error(`${where} is not text`);
  if (v.length > LIMITS.itemChars) throw new Error(`${where} is longer than ${LIMITS.itemChars} characters`);
  return v;
}

function list<T>(v: unknown, where: string, item: (x: unknown, w: string) => T): T[] {
  if (!Array.isArray(v)) throw new Error(`${where} is not a list`);
  if (v.length > LIMITS.items) throw new Error(`${where} has more than ${LIMITS.items} items`);
  return v.map((x, i) => item(x, `${where}[${i}]`));
}

const strings = (v: unknown, w: string) => list(v, w, (x, iw) => text(x, iw)!);
const entries = (v: unknown, w: string) =>
  list(v, w, (x, iw): Entry => {
    if (!isObject(x)) throw new Error(`${iw} is not an entry`);
    const entry: Entry = { text: text(x.text, `${iw}.text`)! };
    const phone = text(x.phone, `${iw}.phone`, true);
    if (phone !== undefined) entry.phone = phone;
    return entry;
  });
const contacts = (v: unknown, w: string) =>
  list(v, w, (x, iw): Contact => {
    if (!isObject(x)) throw new Error(`${iw} is not a contact`);
    const contact: Contact = { name: text(x.name, `${iw}.name`)! };
    for (const key of ['phone', 'note'] as const) {
      const value = text(x[key], `${iw}.${key}`, true);
      if (value !== undefined) contact[key] = value;
    }
    return contact;
  });

/** A clean copy of `data` if it is a valid version-1 plan (extra fields dropped), or why not. */
export function validatePlan(data: unknown): Validation {
  try {
    if (!isObject(data)) throw new Error('the plan is not an object');
    if (data.v !== 1) throw new Error(`unknown plan version ${String(data.v)}`);
    if (!Number.isInteger(data.rev) || (data.rev as number) < 0) throw new Error('rev is not a whole number');
    if (typeof data.updatedAt !== 'string' || Number.isNaN(Date.parse(data.updatedAt))) throw new Error('updatedAt is not a date');
    const s = data.steps;
    if (!isObject(s)) throw new Error('steps is missing');
    const plan: PlanV1 = {
      v: 1,
      rev: data.rev as number,
      updatedAt: data.updatedAt,
      steps: {
        warningSigns: strings(s.warningSigns, 'warningSigns'),
        copingAlone: strings(s.copingAlone, 'copingAlone'),
        distraction: entries(s.distraction, 'distraction'),
        askForHelp: contacts(s.askForHelp, 'askForHelp'),
        professional: contacts(s.professional, 'professional'),
        saferSpace: strings(s.saferSpace, 'saferSpace'),
        reasonsToLive: strings(s.reasonsToLive, 'reasonsToLive'),
      },
    };
    if (data.harmReduction !== undefined) plan.harmReduction = strings(data.harmReduction, 'harmReduction');
    if (new TextEncoder().encode(JSON.stringify(plan)).length > LIMITS.planBytes) throw new Error('the plan is larger than 64 KB');
    return { ok: true, plan };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}
