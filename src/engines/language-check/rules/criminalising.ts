import type { Rule } from '../types.js';
import { SOURCES, SUICIDE_COMPOUND } from './shared.js';

const sources = [SOURCES.samaritans, SOURCES.mindframe, SOURCES.nv988];

// "commit", "commits", "committed", "committing", with the common typo of one "t".
export const criminalising: Rule[] = [
  {
    id: 'committed-suicide',
    hints: ['commit'],
    category: 'criminalising',
    severity: 'high',
    patterns: ['(?:had|has|have)\\s+(?:committed|commited)\\s+suicide', '(?:committed|commited)\\s+suicide'],
    unlessFollowedBy: SUICIDE_COMPOUND,
    why: 'criminal',
    suggestions: ['died by suicide', 'took their own life'],
    sources,
    examples: {
      flagged: ['He committed suicide last spring.', 'Her brother had committed suicide.', 'She commited suicide in 2019.', 'COMMITTED SUICIDE'],
      clean: ['The board committed suicide prevention funds for three years.', 'We are committed to suicide prevention.', 'He died by suicide last spring.'],
    },
  },
  {
    id: 'commit-suicide',
    hints: ['commit', 'comit'],
    category: 'criminalising',
    severity: 'high',
    patterns: ['(?:commit|comit)\\s+suicide'],
    unlessFollowedBy: SUICIDE_COMPOUND,
    why: 'criminal',
    suggestions: ['take their own life', 'end their life'],
    sources,
    examples: {
      flagged: ['People who commit suicide often told someone first.', 'She said she might commit suicide.'],
      clean: ['Partners commit suicide prevention funding each year.', 'We commit to suicide prevention.'],
    },
  },
  {
    id: 'commits-suicide',
    hints: ['commits'],
    category: 'criminalising',
    severity: 'high',
    patterns: ['commits\\s+suicide'],
    unlessFollowedBy: SUICIDE_COMPOUND,
    why: 'criminal',
    suggestions: ['dies by suicide', 'takes their own life'],
    sources,
    examples: { flagged: ['When someone commits suicide, families need support.'], clean: ['The trust commits suicide prevention money to schools.'] },
  },
  {
    id: 'committing-suicide',
    hints: ['commit'],
    category: 'criminalising',
    severity: 'high',
    patterns: ['(?:committing|commiting)\\s+suicide'],
    unlessFollowedBy: SUICIDE_COMPOUND,
    why: 'criminal',
    suggestions: ['taking their own life', 'ending their life'],
    sources,
    examples: { flagged: ['He spoke about committing suicide.'], clean: ['Committing suicide prevention resources to rural areas is a priority.', 'He spoke about ending his life.'] },
  },
  {
    id: 'suicide-was-committed',
    hints: ['commit'],
    category: 'criminalising',
    severity: 'high',
    patterns: ['suicides?\\s+(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+(?:committed|commited)'],
    why: 'criminal',
    suggestions: ['the death was by suicide'],
    sources,
    examples: { flagged: ['The coroner found that suicide was committed.'], clean: ['The coroner found that he died by suicide.'] },
  },
];
