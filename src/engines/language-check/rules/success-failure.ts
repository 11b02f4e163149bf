import type { Rule } from '../types.js';
import { HARM_CONTEXT, SOURCES, SUICIDE_COMPOUND } from './shared.js';

const sources = [SOURCES.mindframe, SOURCES.nv988, SOURCES.timeToChange];

export const successFailure: Rule[] = [
  {
    id: 'successful-suicide',
    hints: ['succes'],
    category: 'success-failure',
    severity: 'high',
    patterns: ['(?:successful|succesful|successfull)\\s+suicides?(?:\\s+attempts?)?'],
    unlessFollowedBy: SUICIDE_COMPOUND,
    why: 'success',
    suggestions: ['death by suicide|deaths by suicide'],
    sources,
    examples: {
      flagged: ['It was a successful suicide.', 'Records show two successful suicides.'],
      clean: ['It was a successful suicide prevention campaign.', 'The death was by suicide.'],
    },
  },
  {
    id: 'successful-attempt',
    hints: ['succes'],
    category: 'success-failure',
    severity: 'high',
    patterns: ['(?:successful|succesful)\\s+attempts?'],
    unlessFollowedBy: '\\s+(?:to|at)(?![\\p{L}])',
    onlyNear: HARM_CONTEXT,
    why: 'success',
    suggestions: ['death by suicide|deaths by suicide'],
    sources,
    examples: {
      flagged: ['The overdose was a successful attempt, the report said.'],
      clean: ['It was a successful attempt to raise funds for suicide prevention.', 'Her second successful attempt at the exam came in June.'],
    },
  },
  {
    id: 'failed-suicide',
    hints: ['fail', 'unsuccessful'],
    category: 'success-failure',
    severity: 'high',
    patterns: ['(?:failed|unsuccessful)\\s+suicides?(?:\\s+attempts?)?', 'suicide\\s+failures?'],
    unlessFollowedBy: SUICIDE_COMPOUND,
    why: 'success',
    suggestions: ['suicide attempt|suicide attempts', 'non-fatal suicide attempt|non-fatal suicide attempts'],
    sources,
    examples: {
      flagged: ['Notes record a previous failed suicide attempt.', 'After an unsuccessful suicide, she was referred.', 'It was described as a suicide failure.'],
      clean: ['Notes record a previous suicide attempt.', 'The failed suicide prevention bid was resubmitted.'],
    },
  },
  {
    id: 'failed-attempt',
    hints: ['fail', 'unsuccessful'],
    category: 'success-failure',
    severity: 'high',
    patterns: ['(?:failed|unsuccessful)\\s+attempts?', 'failed\\s+overdoses?'],
    // "a failed attempt to log in" is not about harm; "failed attempts to end her life" is.
    unlessFollowedBy: '\\s+(?:at(?![\\p{L}])|to\\s+(?!(?:end|take|kill)(?![\\p{L}])))',
    onlyNear: HARM_CONTEXT,
    why: 'success',
    suggestions: ['suicide attempt|suicide attempts', 'non-fatal attempt|non-fatal attempts'],
    sources,
    examples: {
      flagged: ['There was one overdose in January which the GP calls a failed attempt.', 'She survived two failed attempts to end her life.'],
      clean: ['After a failed attempt to log in, the account was locked.', 'There were three failed attempts at the password.', 'The council made a failed attempt to sell the building.'],
    },
  },
  {
    id: 'completed-suicide',
    hints: ['complet'],
    category: 'success-failure',
    severity: 'low',
    contested: true,
    patterns: ['(?:completed|complete|completing)\\s+suicides?', 'suicide\\s+completers?'],
    unlessFollowedBy: SUICIDE_COMPOUND,
    why: 'completed',
    suggestions: ['died by suicide', 'suicide death'],
    sources: [SOURCES.nv988, SOURCES.mindframe, SOURCES.timeToChange],
    examples: {
      flagged: ['Rates of completed suicide rose in 2022.', 'He was one of the suicide completers in the study.'],
      clean: ['Staff completed suicide prevention training in May.', 'All teams completed suicide awareness sessions.'],
    },
  },
];
