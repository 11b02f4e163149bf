// What the next checker of ./national.ts needs to know: facts left out and why, where sources
// disagree, and what must be re-checked before every release. Kept apart from the entries because the
// element never shows it and every byte of national.ts ships in the script-tag bundle; nothing in the
// element imports this file. Tests and `npm run check:data` read it. Evidence: docs/helpline-audit-2026-12.md.
import type { Source } from '../model.js';

export interface ServiceNotes {
  /** Further sources for the entry's facts. The entry itself cites its best source, which the element shows. */
  moreSources?: Source[];
  /** Facts deliberately left out, and why. */
  withheld?: string[];
  /** Where sources disagree, and which one the entry follows. */
  disagreements?: string[];
  /** Facts that change often or are at risk: check on the provider's own site before each release. */
  recheck?: string;
}

export const NATIONAL_NOTES: Readonly<Record<string, ServiceNotes>> = {
  'emergency-999': {
    withheld: ['112: works in the UK, but no stored source confirms it.'],
  },
  'a-and-e': {
    withheld: ['Named units: some minor injury units are not open 24 hours, so we say "nearest A&E".'],
  },
  'nhs24-111-scotland': {
    moreSources: [
      { name: 'NEN: NHS 24 Mental Health Hub', url: 'https://nen.press/tag/mental-health-hub' },
      { name: 'Clare Haughey MSP: funding for digital mental health services', url: 'https://clarehaughey.scot/2020/03/30/funding-for-digital-mental-health-services/', date: '2020-03-30' },
    ],
    withheld: ['Whether callers choose a menu option for mental health in Scotland: not confirmed, so no instruction is given.'],
  },
  'nhs-111-england': {
    moreSources: [
      { name: 'Norwood Medical Centre', url: 'https://www.norwoodmc.co.uk/2024/08/14/nhs-111-option-2-for-crisis-mental-health-support/', date: '2024-08-14' },
      { name: 'Oundle Surgery: accessing mental health services via 111', url: 'https://www.oundlesurgery.nhs.uk/news/accessing-mental-health-services-via-111', date: '2023-05-03' },
    ],
    disagreements: ['"Press 2" (Norwood Medical Centre, 2024) or "choose the mental health option" (Oundle Surgery, 2023; LPFT): we use the latter.'],
  },
  'nhs-111-wales': {
    moreSources: [
      { name: 'Care Appointments: urgent mental health phone line launched across Wales', url: 'https://careappointments.com/care-news/wales/195930/phone-line-for-people-requiring-urgent-mental-health-support-launched-across-wales/' },
    ],
    withheld: ['Welsh-language availability of 111 press 2: not confirmed.'],
  },
  shout: {
    moreSources: [
      { name: 'Crisis Text Line UK: how it works', url: 'https://www.crisistextline.uk/how-it-works/' },
    ],
    recheck: 'Usage limits for very frequent texters (FAQ of 4 November 2024: 20 conversations in 60 days, 5 in 48 hours).',
  },
  'breathing-space': {
    moreSources: [
      { name: 'Disability Equality Scotland: Breathing Space week poll', url: 'https://disabilityequality.scot/weekly-poll-nhs-24-breathing-space-week-beginning-15-august-2022/?news_page=2', date: '2022-08' },
    ],
    withheld: ['Webchat: its address and hours are not confirmed.'],
  },
  'papyrus-hopeline247': {
    moreSources: [
      { name: 'Lancashire Post: PAPYRUS emergency appeal', url: 'https://www.lep.co.uk/community/celebrities-come-together-for-charitys-lifesaving-emergency-appeal-4989927', date: '2025-02-13' },
      { name: 'PAPYRUS: remit of service', url: 'https://papyrus-uk.org/help-advice/about-hopelineuk/remit-of-service-policy' },
    ],
    withheld: [
      'Text number: sources disagree (07786 209697, 07860 039967, 88247). None shipped until confirmed on papyrus-uk.org.',
      'Webchat: address not confirmed.',
    ],
    disagreements: [
      'Hours: the HOPELINEUK FAQ and the 2020/21 annual review say 9am to midnight; 2025 sources (Express & Star, Lancashire Post, NationalWorld) say round the clock since summer 2023. We follow 2025. The FAQ is no longer cited.',
      '"Email replies are not immediate" comes from the older FAQ ("can take up to 24 hours"); kept because it only lowers expectations.',
    ],
    recheck: 'Overnight hours are at risk: the 2025 "darkest hours" appeal funds keeping HOPELINE247 open through the night. Re-check before each release.',
  },
  childline: {
    moreSources: [
      { name: 'Hartlepool Mail: Childline thirty-five years on', url: 'https://www.hartlepoolmail.co.uk/health/childline-advice-thirty-five-years-on-and-sadly-children-still-need-our-help-3434667', date: '2021-11-01' },
      { name: 'Childline: about (archived)', url: 'http://www.childline.org.uk/pages/about.aspx' },
    ],
    withheld: ['Webchat hours: not confirmed, said so on the channel.'],
    disagreements: ['Phone hours: 24 hours (NSPCC Learning; Hartlepool Mail 2021), but the night service closed for the first time in 2020 (NSPCC, 2020). Shipped as 24/7 at medium confidence.'],
    recheck: 'Phone and chat hours.',
  },
  'call-wales': {
    moreSources: [
      { name: 'Deeside.com: listening line marks 25th birthday', url: 'https://www.deeside.com/mental-health-helpline-marks-25th-birthday-with-plea-to-those-struggling-during-covid-19-crisis/', date: '2020-04-10' },
      { name: 'Caerphilly Observer', url: 'https://caerphilly.observer/?p=996223', date: '2020-11' },
    ],
    withheld: ['Text line hours and cost: the 24/7 evidence is for the phone line; said so on the channel.'],
    disagreements: ['Phone number: 0800 132 737 (C.A.L.L.’s own brochure) or 0800 137 737 (a minister quoted once, Caerphilly Observer 2020). We follow the brochure.'],
  },
  saneline: {
    moreSources: [
      { name: 'SANE: who we are', url: 'https://www.sane.org.uk/who-we-are' },
    ],
    disagreements: ['Hours: 4pm to 10pm every day (SANE’s own site, 2022) or 6pm to 11pm (older third-party pages). We follow SANE.'],
    recheck: 'Opening hours.',
  },
  'samaritans-welsh-line': {
    moreSources: [
      { name: 'Nation Radio Wales: Samaritans Cymru "Talk to Us"', url: 'https://campaign.nationradio.wales/?utm_source=rss&utm_medium=rss&utm_campaign=samaritans-talk-to-us', date: '2021-07-01' },
      { name: 'IWA: saying something', url: 'https://www.iwa.wales/agenda/2017/11/saying-something/', date: '2017-11' },
    ],
    disagreements: ['Number: 0808 164 0123 (S4C 2024, Nation Radio 2021, IWA 2017, meddwl.org) or 0300 123 3011 (an older article). We follow the newer sources.'],
    recheck: 'Not yet confirmed on samaritans.org itself.',
  },
  'youngminds-textline': {
    moreSources: [
      { name: 'Happiful, September 2021', url: 'https://yumpu.com/en/document/view/65833519/happiful-september-2021/56', date: '2021-08-27' },
    ],
    withheld: ['The name "YoungMinds Crisis Messenger": not found in any stored source, so the entry says "YoungMinds text support".'],
  },
  'self-injury-support': {
    moreSources: [
      { name: 'The Big Give: TESS text and email support', url: 'https://secure.thebiggive.org.uk/projects/view/8056/tess-text-and-email-support' },
    ],
    withheld: [
      'Helpline 0808 800 8088: not confirmed in any stored source.',
      'TESS text 07800 472908 (a council page gives 0780 047 2908): not confirmed on Self Injury Support’s own site.',
      'Webchat address, TESS email and who the service is for today: not confirmed.',
      'Cost ("Free"): no source found; removed until one is.',
    ],
  },
  harmless: {
    withheld: ['Out-of-hours phone and text service: only for Nottinghamshire and Leicestershire; 0115 880 0280 appears in a 2024 local paper but its hours were cut off in the stored copy.'],
  },
  'mind-infoline': {
    withheld: ['Email address: not confirmed.', 'Bank holiday hours: not confirmed.'],
    recheck: 'Only a third-party page was found: confirm on mind.org.uk.',
  },
  meic: {
    moreSources: [
      { name: 'ProMo-Cymru: Meic', url: 'https://promo.cymru/project/meic' },
    ],
    disagreements: ['Age: "up to the age of 25" (ProMo-Cymru) or "under 25s" (ERYICA 2020). We show it up to 25 so no one is filtered out.'],
    withheld: ['Welsh-language service: an older ProMo-Cymru page calls the phone line bilingual; not confirmed now.'],
    recheck: 'Sources are from 2020 and 2021.',
  },
  'silver-line': {
    moreSources: [
      { name: 'England Naturally: befriending', url: 'https://englandnaturally.com/volunteer-to-help-with-a-befriending-service/' },
      { name: 'WikiMili: The Silver Line', url: 'https://wikimili.com/en/The_Silver_Line' },
    ],
    disagreements: ['Age: "no minimum age limit" (Wendover News, 2013) or "anyone over 55" (England Naturally). Shown for "older people", with no age filter.'],
  },
  switchboard: {
    moreSources: [
      { name: 'PinkNews: Switchboard’s free number', url: 'https://www.thepinknews.com/2023/03/15/switchboard-helpline-calls-free-number-lgbtq/', date: '2023-03-15' },
    ],
    withheld: ['Phone: moved to a free 0800 number on 3 March 2023 (PinkNews), but no stored page gives the digits. The old 0300 330 0630 is out of date.'],
    disagreements: ['Hours: the terms of service say 10am to 10pm without naming days; shipped as every day.'],
  },
  'self-harm-network-scotland': {
    moreSources: [
      { name: 'STV News: web chat helps more than 1,000 people', url: 'https://news.stv.tv/east-central/web-chat-service-helps-more-than-1000-people-with-self-harm-issues', date: '2024' },
    ],
    withheld: ['One-to-one sessions (12 to 15, by video, phone or text): how to refer is not confirmed, so only the webchat is linked.'],
  },
  'calm-harm': {
    moreSources: [
      { name: 'Health Navigator NZ: Calm Harm app', url: 'https://www.healthnavigator.org.nz/apps/c/calm-harm-app/' },
    ],
    disagreements: ['Age: "recommended for the ages of 13 years and above", younger with an adult; so no age filter.'],
  },
  alumina: {
    moreSources: [
      { name: 'alumina: course content', url: 'http://alumina.selfharm.co.uk/a/about-alumina/the-course/course-content' },
    ],
    disagreements: ['Length and ages: six weeks for 14 to 18 (launch news), six weeks for 14 to 19 (course page), seven weeks (selfharmUK). The entry names neither length.'],
  },
  'andys-man-club': {
    moreSources: [
      { name: 'Dorset Echo: Andy’s Man Club in Weymouth', url: 'https://dorsetecho.co.uk/news/23787837.andys-man-club-launching-new-weymouth-group-dry-dock', date: '2023' },
      { name: 'Lancashire Post: Andy’s Man Club in Chorley', url: 'https://www.lep.co.uk/news/people/mens-mental-health-charity-andys-man-club-set-to-open-in-chorley-3531848', date: '2022-01-18' },
    ],
    withheld: ['Website and group finder: no stored page gives the address. No phone line (peer groups only).'],
  },
  sobs: {
    moreSources: [
      { name: 'The Rooftop: SoBS awareness day', url: 'https://therooftop.news/2022/11/19/bereavement-charity-unveils-national-suicide-loss-awareness-day/', date: '2022-11-19' },
    ],
    withheld: ['Phone: 0844 561 6855 is old; 0300 111 5065 was not found. Website: not confirmed. No contact is shipped until one is.'],
  },
  'lifeline-ni': {
    moreSources: [
      { name: 'Public Health Agency NI: contact Lifeline if you are in distress or despair', url: 'https://publichealth.hscni.net/news/world-suicide-prevention-day-contact-lifeline-if-youre-distress-or-despair' },
    ],
  },
  samaritans: {
    moreSources: [
      { name: 'Healthwatch Kent: raising awareness about self-injury', url: 'https://healthwatchkent.co.uk/advice-and-information/2022-03-01/raising-awareness-about-self-injury', date: '2022-03-01' },
    ],
  },
  calm: {
    moreSources: [
      { name: 'The Times: "If it wasn’t for you I wouldn’t be here"', url: 'https://www.thetimes.co.uk/article/some-people-call-back-to-say-if-it-wasnt-for-you-i-wouldnt-be-here-qhjm9s9gx', date: '2022-12-23' },
    ],
  },
  lifesigns: {
    moreSources: [
      { name: 'Savoo: LifeSIGNS', url: 'http://www.savoo.co.uk/charities/LifeSIGNS.html' },
    ],
  },
};
