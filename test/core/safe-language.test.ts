// Samaritans' media guidelines, as a test over everything we ship for a person to read: every
// locale string and every text in the national dataset. A hit here is a wording to rethink.
import { expect } from '@open-wc/testing';
import { resources } from '../../src/locales/index.js';
import { NATIONAL_SERVICES } from '../../src/engines/services/data/national.js';

const UNSAFE: Array<[RegExp, string]> = [
  [/\bcommit(s|ted|ting)?\s+suicide\b/i, '"commit suicide" implies a crime: say "died by suicide" or "took their own life"'],
  [/\b(successful|unsuccessful|failed)\s+(suicide|attempt)/i, 'no "successful" or "failed" attempts'],
  [/\battention[- ]seeking\b/i, 'no "attention-seeking"'],
  [/\b(overdos\w*|hang(ing|ed)|ligature\w*|poison\w*|pills|tablets|cutting|jump(ing|ed)? (from|off))\b/i, 'never name or describe a method'],
  [/\b(suicide|self[- ]harm)\s+(epidemic|craze)\b/i, 'no sensational framing'],
];

function texts(value: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, i) => texts(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) texts(item, `${path}.${key}`, out);
  return out;
}

describe('safe language', () => {
  it('no locale string uses unsafe wording', () => {
    const problems = texts(resources, 'locales', []).flatMap(([path, text]) =>
      UNSAFE.filter(([pattern]) => pattern.test(text)).map(([, why]) => `${path}: "${text}" (${why})`));
    expect(problems).to.deep.equal([]);
  });

  it('no description, instruction, cost or audience note in the national dataset uses unsafe wording', () => {
    const shown = NATIONAL_SERVICES.map(({ id, description, channels, cost, audience }) => ({ id, description, channels: channels.map((c) => c.instructions), cost, note: audience.note }));
    const problems = texts(shown, 'national', []).flatMap(([path, text]) =>
      UNSAFE.filter(([pattern]) => pattern.test(text)).map(([, why]) => `${path}: "${text}" (${why})`));
    expect(problems).to.deep.equal([]);
  });

  it('catches what it is meant to catch', () => {
    const flagged = ['He committed suicide', 'a failed attempt', 'just attention-seeking', 'took an overdose'].filter((text) =>
      UNSAFE.some(([pattern]) => pattern.test(text)));
    expect(flagged.length).to.equal(4);
  });
});
