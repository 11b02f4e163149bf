import type { Rule } from '../types.js';
import { SOURCES } from './shared.js';

export const sensationalising: Rule[] = [
  {
    id: 'suicide-epidemic',
    hints: ['epidemic', 'skyrocket', 'soaring', 'spiral', 'hit'],
    category: 'sensationalising',
    severity: 'medium',
    patterns: ['suicide\\s+epidemics?', 'epidemics?\\s+of\\s+suicides?', '(?:skyrocketing|soaring|spiralling|spiraling)\\s+suicides?(?:\\s+rates?)?', 'suicide[\\s-]hit'],
    why: 'sensational',
    suggestions: ['rise in suicide', 'higher rates of suicide'],
    sources: [SOURCES.mindframe, SOURCES.lockAndTalk, SOURCES.nv988],
    examples: {
      flagged: ['The report warns of a suicide epidemic among young men.', 'An epidemic of suicides in coastal towns.', 'Skyrocketing suicide rates worry experts.'],
      clean: ['The report describes a rise in suicide among young men.', 'The flu epidemic closed two wards.'],
    },
  },
  {
    id: 'suicide-crisis-headline',
    hints: ['crisis'],
    category: 'sensationalising',
    severity: 'low',
    patterns: ['suicide\\s+crisis'],
    unlessFollowedBy: '[\\s-]+(?:line|lines|team|teams|service|services|support|centre|center|cafe|café|helpline|care|house|plan|plans)(?![\\p{L}])',
    why: 'sensational',
    suggestions: ['rise in suicide', 'higher rates of suicide'],
    sources: [SOURCES.mindframe, SOURCES.lockAndTalk],
    examples: { flagged: ['Town faces suicide crisis, says councillor.'], clean: ['Call the suicide crisis line if you need to talk.', 'The suicide crisis team visited.'] },
  },
  {
    id: 'suicide-bid',
    hints: ['bid'],
    category: 'sensationalising',
    severity: 'medium',
    patterns: ['suicide\\s+bids?'],
    why: 'sensational',
    suggestions: ['suicide attempt|suicide attempts'],
    sources: [SOURCES.mindframe],
    examples: { flagged: ['Teenager in suicide bid, says paper.'], clean: ['The suicide prevention bid was funded.'] },
  },
  {
    id: 'suicide-pact',
    hints: ['pact'],
    category: 'sensationalising',
    severity: 'low',
    contested: true,
    patterns: ['suicide\\s+pacts?'],
    why: 'pact',
    suggestions: [],
    sources: [SOURCES.mindframe],
    examples: { flagged: ['Police are investigating a suicide pact.'], clean: ['Police are investigating two deaths.'] },
  },
];
