import type { Rule } from '../types.js';
import { HARM_CONTEXT, SOURCES, THINGS_MANIPULATED } from './shared.js';

const myths = [SOURCES.sshp, SOURCES.bestForYou, SOURCES.stem4];

export const minimising: Rule[] = [
  {
    id: 'attention-seeking',
    category: 'minimising',
    severity: 'high',
    patterns: ['attention[\\s-]?seek(?:ing|er|ers|s)?'],
    why: 'attention',
    suggestions: ['seeking support', 'needs support'],
    sources: myths,
    examples: {
      flagged: ['Her tutor described the behaviour as attention seeking.', 'He is an attention-seeker.', 'Attention-seeking behaviour was noted.'],
      clean: ['Thank you for your attention to detail.', 'She needs support and attention from staff.'],
    },
  },
  {
    id: 'for-attention',
    category: 'minimising',
    severity: 'high',
    patterns: ['(?:just|only|purely|doing\\s+it|does\\s+it|did\\s+it)\\s+for\\s+(?:the\\s+)?attention', '(?:cutting|self[\\s-]?harming|harming\\s+(?:himself|herself|themselves|themself))\\s+for\\s+(?:the\\s+)?attention'],
    why: 'attention',
    suggestions: ['to cope', 'because they need support'],
    sources: myths,
    examples: {
      flagged: ['Staff felt she was just doing it for attention.', 'He is self-harming for attention, the note says.'],
      clean: ['For the attention of the duty manager.', 'This needs attention before Friday.'],
    },
  },
  {
    id: 'manipulative',
    category: 'minimising',
    severity: 'high',
    patterns: ['manipulative', 'manipulation', 'manipulating\\s+(?:staff|others|people|us|them|everyone|the\\s+system|professionals|services)', 'emotional\\s+blackmail', 'playing\\s+the\\s+system'],
    unlessNear: THINGS_MANIPULATED,
    why: 'manipulative',
    suggestions: ['finding it hard to ask for help in other ways'],
    sources: [SOURCES.stem4, SOURCES.bestForYou],
    examples: {
      flagged: ['The young person was described as manipulative by the duty worker.', 'Staff saw the self-harm as manipulation.'],
      clean: ['The software allows manipulation of large data sets.', 'The report found manipulative pricing in energy markets.'],
    },
  },
  {
    id: 'cry-for-help',
    category: 'minimising',
    severity: 'medium',
    patterns: ['(?:just|only|merely|simply)\\s+a\\s+cry\\s+for\\s+help'],
    why: 'dismissive',
    suggestions: ['a sign they need support'],
    sources: [SOURCES.nice, ...myths],
    examples: { flagged: ['It was just a cry for help, the note says.'], clean: ['It was a sign she needed support.'] },
  },
  {
    id: 'not-genuine-attempt',
    category: 'minimising',
    severity: 'high',
    patterns: [
      'not\\s+a\\s+(?:serious|genuine|real|proper)\\s+(?:suicide\\s+)?attempt',
      'half[\\s-]?hearted\\s+(?:suicide\\s+)?attempts?',
      'suicidal\\s+gestures?',
      '(?:only|just|merely)\\s+superficial',
    ],
    unlessFollowedBy: '\\s+at(?![\\p{L}])', // "a half-hearted attempt at the crossword"
    why: 'notGenuine',
    suggestions: ['suicide attempt|suicide attempts', 'self-harm'],
    sources: [SOURCES.nice],
    examples: {
      flagged: ['It was not a serious attempt, the doctor wrote.', 'A half-hearted attempt with tablets.', 'Described as a suicidal gesture.', 'The cuts were only superficial.'],
      clean: ['It was a suicide attempt, the doctor wrote.', 'A half-hearted attempt at the crossword.'],
    },
  },
  {
    id: 'dismissive-labels',
    category: 'minimising',
    severity: 'medium',
    patterns: ['time[\\s-]?wasters?', 'drama\\s+queens?', 'being\\s+(?:over[\\s-]?)?dramatic'],
    onlyNear: `${HARM_CONTEXT}|cut|attend|patient|student|pupil|young person|client|service user`,
    why: 'dismissive',
    suggestions: [],
    sources: [SOURCES.nice],
    examples: { flagged: ['Reception called the patient a time-waster.', 'She is being dramatic about the self-harm.'], clean: ['The new form is a time-saver.', 'The sunset was dramatic.'] },
  },
  {
    id: 'just-a-phase',
    category: 'minimising',
    severity: 'medium',
    patterns: ['(?:just|only)\\s+a\\s+phase'],
    onlyNear: HARM_CONTEXT,
    why: 'dismissive',
    suggestions: [],
    sources: [SOURCES.stem4],
    examples: { flagged: ['Her self-harm is just a phase, her father said.'], clean: ['The new moon is just a phase.'] },
  },
];
