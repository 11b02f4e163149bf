import type { Rule } from '../types.js';
import { SOURCES } from './shared.js';

export const figurative: Rule[] = [
  {
    id: 'figurative-suicide',
    hints: ['suicid'],
    category: 'figurative',
    severity: 'medium',
    patterns: ['(?:political|career|social|commercial|electoral|financial|professional)\\s+suicide', 'suicide\\s+missions?', 'suicidal\\s+(?:move|decision|idea\\s+for\\s+business|pace|tactics?)'],
    why: 'figurative',
    suggestions: ['a huge risk', 'disastrous'],
    sources: [SOURCES.mindframe],
    examples: { flagged: ['Cutting the budget would be political suicide.', 'Opening a shop there is a suicide mission.'], clean: ['The charity supports people bereaved by suicide.'] },
  },
];
