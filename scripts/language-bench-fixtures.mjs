// Deterministic inputs for the language-check bench, as in the project's research notes (appendix):
// a fixed 200-word referral paragraph, and a ~20,000-word document of 20 fixed sentences chosen by a
// seeded PRNG (mulberry32, seed 42). No randomness outside the seeded PRNG.
export const PARAGRAPH = [
  'Referral summary: Jordan is fifteen and was seen by the school nurse on Monday after staff noticed fresh injuries on both forearms.',
  'Her form tutor described the behaviour as attention seeking, but the pastoral lead disagreed and asked for an urgent assessment.',
  'Jordan disclosed that she has been self-harming for about a year, mostly when arguments at home escalate late in the evening.',
  'She said an older cousin committed suicide last spring and that she still thinks about him most days.',
  'There was one previous overdose in January which the GP notes call a failed attempt; Jordan was kept overnight on the paediatric ward and discharged with a leaflet.',
  'She is not currently known to CAMHS and was not offered any follow-up at that time.',
  'Mum is worried but feels out of her depth, and her dad works away for long periods.',
  'Jordan likes art, plays netball twice a week and wants to study design at college.',
  'She agreed to a safety plan with the nurse, which lists her best friend, her aunt and a text support line as people she can reach out to.',
  'We are asking for a joint review with the family support worker within two weeks.',
].join(' ');

const SENTENCES = [
  'The council continues to fund community wellbeing hubs in each of the five districts.',
  'Staff completed refresher training on safeguarding and recording concerns.',
  'He committed suicide after losing his job, according to a neighbour.',
  'The young person was described as manipulative by the duty worker.',
  'Parents can contact the family hub by phone or drop in without an appointment.',
  'Partners signed off the local suicide prevention plan at the March meeting.',
  'The report warns of a suicide epidemic among young men in coastal towns.',
  'She attended the emergency department four times this month after self-harming.',
  'Volunteers collected feedback from residents about opening hours at the library.',
  'The charity offers peer support groups for people bereaved by suicide.',
  'Notes record a previous failed suicide attempt two years ago.',
  'Teachers should listen without judgement and pass concerns to the designated lead.',
  'The ward manager asked that the handover sheet be updated before the night shift.',
  'He was labelled a frequent flyer by reception staff, which his sister found upsetting.',
  'Young people told us they wanted staff who would take their worries seriously.',
  'Budget pressures mean some services will move online from April.',
  'The coroner concluded that she took her own life while the balance of her mind was disturbed.',
  'The article described the cliff as a suicide hotspot and named the car park nearby.',
  'Our outreach team visits rough sleepers every Tuesday and Thursday evening.',
  'The plan sets out how partners will share information safely and lawfully.',
];

function mulberry32(seed) {
  return function () {
    let t = (seed += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildDocument(targetWords = 20000, seed = 42) {
  const rand = mulberry32(seed);
  const paragraphs = [];
  let words = 0;
  while (words < targetWords) {
    const n = 5 + Math.floor(rand() * 4);
    const sentences = [];
    for (let i = 0; i < n; i++) sentences.push(SENTENCES[Math.floor(rand() * SENTENCES.length)]);
    const text = sentences.join(' ');
    words += text.split(/\s+/).length;
    paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}

export const countWords = (s) => s.trim().split(/\s+/).length;
