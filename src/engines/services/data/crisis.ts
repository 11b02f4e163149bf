// The crisis lines: 999, A&E and the 24/7 urgent lines. In the main file of dist/no-wrong-door.js, so the
// compact banner, the crisis block and the safety plan's "Need to talk now?" render with no chunk at all.
// The rest of the national list is ./national.ts (a chunk, loaded when the full view is shown).
// Sources, checking and what is withheld: see the header of ./national.ts and ./national-notes.ts.
import type { Service } from '../model.js';

export const CHECKED = {
  date: '2026-12-02',
  how: 'Against stored copies of the sources listed (helpline audit, December 2026), not the live sites.',
};
export const EVERY_DAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export const CRISIS_SERVICES: readonly Service[] = [
  // ── If you are in danger now ──
  {
    id: 'emergency-999',
    name: '999',
    description: 'Call 999 if your life, or someone else’s, is at risk now, or if you have seriously hurt yourself.',
    channels: [
      { type: 'phone', value: '999' },
      { type: 'text', value: '999', keyword: 'register', instructions: 'emergencySMS, for Deaf and speech-impaired people: register your phone first, then text 999 in an emergency.' },
    ],
    hours: { kind: 'always' },
    audience: {},
    cost: 'Free',
    tier: 'emergency',
    sources: [
      { name: 'Lincolnshire Partnership NHS Trust: need help now', url: 'https://www.lpft.nhs.uk/contact-us/need-help-now' },
      { name: 'South Tees NHS Trust: emergencySMS', url: 'https://www.southtees.nhs.uk/services/audiology/emergencysms/' },
    ],
    checked: CHECKED,
    confidence: 'high',
  },
  {
    id: 'a-and-e',
    name: 'A&E',
    description: 'Go to your nearest A&E (emergency department) if you need medical help now or cannot keep yourself safe.',
    channels: [{ type: 'in-person', value: '' }],
    hours: { kind: 'always' },
    audience: {},
    cost: 'Free',
    tier: 'emergency',
    sources: [{ name: 'Lincolnshire Partnership NHS Trust: need help now', url: 'https://www.lpft.nhs.uk/contact-us/need-help-now' }],
    checked: CHECKED,
    confidence: 'high',
  },

  // ── Urgent help, by nation, and UK-wide crisis lines ──
  {
    id: 'nhs24-111-scotland',
    name: 'NHS 24 111',
    organisation: 'NHS 24',
    description: 'Urgent mental health support in Scotland from the NHS 24 Mental Health Hub.',
    channels: [{ type: 'phone', value: '111' }],
    hours: { kind: 'always' },
    audience: { nations: ['scotland'] },
    cost: 'Free',
    tier: 'urgent',
    sources: [{ name: 'NEN: NHS 24 20th anniversary', url: 'https://nen.press/tag/nhs-24/page/6', date: '2022-05' }],
    checked: CHECKED,
    confidence: 'medium',
  },
  {
    id: 'nhs-111-england',
    name: 'NHS 111',
    description: 'For all ages in England: speak to a trained mental health call handler who can help you get support, including from local crisis teams.',
    channels: [
      { type: 'phone', value: '111', instructions: 'Choose the mental health option.' },
      { type: 'website', value: 'https://111.nhs.uk' },
    ],
    hours: { kind: 'always' },
    audience: { nations: ['england'] },
    cost: 'Free',
    tier: 'urgent',
    sources: [{ name: 'Lincolnshire Partnership NHS Trust: need help now', url: 'https://www.lpft.nhs.uk/contact-us/need-help-now' }],
    checked: CHECKED,
    confidence: 'medium',
  },
  {
    id: 'nhs-111-wales',
    name: 'NHS 111 Wales',
    description: 'Urgent mental health support in Wales, for all ages, from a mental health practitioner in your area.',
    channels: [{ type: 'phone', value: '111', instructions: { 'en-GB': 'Then press 2.', cy: 'Yna pwyswch 2.', gd: 'An uair sin brùth 2.' } }],
    hours: { kind: 'always' },
    audience: { nations: ['wales'] },
    cost: 'Free, even from a mobile with no credit',
    tier: 'urgent',
    sources: [{ name: 'ITV News Wales: new mental health phone line launches across Wales', url: 'https://itv.com/news/wales/2023-06-20/new-mental-health-phone-line-launches-across-wales', date: '2023-06-20' }],
    checked: CHECKED,
    confidence: 'high',
  },
  {
    id: 'lifeline-ni',
    name: 'Lifeline',
    description: 'Crisis support in Northern Ireland for anyone in distress or despair, and for people worried about someone.',
    channels: [
      { type: 'phone', value: '0808 808 8000' },
      { type: 'textphone', value: '18001 0808 808 8000' },
    ],
    hours: { kind: 'always' },
    audience: { nations: ['northern-ireland'] },
    cost: 'Free',
    tier: 'urgent',
    sources: [{ name: 'Lifeline: about', url: 'https://www.lifelinehelpline.info/page/about.html' }],
    checked: CHECKED,
    confidence: 'high',
  },
  {
    id: 'samaritans',
    name: 'Samaritans',
    description: 'Someone to listen, any time, whatever you are going through, including thoughts of suicide or self-harm.',
    channels: [
      { type: 'phone', value: '116 123' },
      { type: 'email', value: 'jo@samaritans.org', instructions: 'Email replies are not immediate.' },
    ],
    hours: { kind: 'always' },
    audience: {},
    cost: 'Free, including from mobiles with no credit',
    tier: 'urgent',
    sources: [{ name: 'Samaritans: contact a Samaritan', url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/' }],
    checked: CHECKED,
    confidence: 'high',
  },
  {
    id: 'shout',
    name: 'Shout 85258',
    description: 'Text support any time from trained volunteers. Free on major networks.',
    channels: [{ type: 'text', value: '85258', keyword: 'SHOUT', instructions: 'If you text very often, you may be asked to wait a while between conversations.' }],
    hours: { kind: 'always' },
    audience: {},
    cost: 'Free on major networks',
    tier: 'urgent',
    sources: [{ name: 'Shout: FAQ', url: 'https://giveusashout.org/about-us/faq', date: '2024-11-04' }],
    checked: CHECKED,
    confidence: 'high',
  },
];
