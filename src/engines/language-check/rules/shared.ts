// Pieces shared by several rules: sources and context patterns.
import type { Source } from '../types.js';

export const SOURCES = {
  samaritans: { name: 'Samaritans: asking directly about suicidal thoughts (Safer Communities Scotland)', url: 'https://safercommunitiesscotland.org/2023/09/07/samaritans-asking-directly-about-suicidal-thoughts-can-help-save-lives/' },
  mindframe: { name: 'Mindframe: communicating about suicide, language', url: 'https://mindframe.org.au/suicide/communicating-about-suicide/language' },
  nv988: { name: 'Nevada 988: safe messaging partner resources', url: 'https://nv988.bdgdev.com/partner-resources' },
  timeToChange: { name: 'Time to Change: blogging about self-harm and suicide', url: 'https://www.time-to-change.org.uk/about-us/frequently-asked-questions/how-blog-time-change/blogging-about-self-harm-suicide-and-eating' },
  lockAndTalk: { name: 'Lock and Talk: resources for media', url: 'https://lockandtalk.org/resources/for-media' },
  ipso: { name: 'IPSO: journalists and the locations of suicides (HoldtheFrontPage)', url: 'https://www.holdthefrontpage.co.uk/2018/news/ipso-questions-whether-journalists-should-report-locations-of-suicides/' },
  samaritansRail: { name: 'Samaritans: guidance on reporting rail suicides', url: 'https://www.samaritans.org/cymru/about-samaritans/media-guidelines/guidance-reporting-rail-suicides' },
  who: { name: 'WHO/IASP: preventing suicide, a resource for media professionals (2023)', url: 'https://www.paho.org/en/node/92857' },
  mind: { name: 'Mind: how to report on mental health', url: 'https://www.mind.org.uk/news-campaigns/minds-media-office/how-to-report-on-mental-health/' },
  sshp: { name: 'SSHP Wales: myths about self-harm', url: 'https://sshp.wales/en/knowledge-base/myths-about-self-harm/' },
  stem4: { name: 'stem4: self-harm, why change', url: 'https://stem4.org.uk/self-harm/why-change/' },
  bestForYou: { name: 'Best For You: myths about self-harm', url: 'https://bestforyou.org.uk/myths-about-self-harm/' },
  nice: { name: 'NICE NG225: self-harm, recommendations', url: 'https://www.nice.org.uk/guidance/ng225/chapter/Recommendations' },
  harmless: { name: 'Harmless: why person-first language matters', url: 'https://harmless.org.uk/the-self-harmer-label-why-person-first-language-matters/' },
  languagePlease: { name: 'Language, Please: self-harm', url: 'https://languageplease.org/self-harm' },
  rcem: { name: 'RCEM Learning: inclusion health', url: 'https://www.rcemlearning.org' },
} satisfies Record<string, Source>;

/** Words that make "… suicide" a compound noun ("suicide prevention"), not an act. */
export const SUICIDE_COMPOUND = '[\\s-]+(?:prevention|awareness|intervention|training|research|strateg(?:y|ies)|plans?|polic(?:y|ies)|funding|funds|teams?|leads?|services?|helplines?|lines?|bereavement|safety|first[\\s-]aid|statistics|data|audits?|reviews?|risk)(?![\\p{L}])';

/** Text that makes an "attempt" about suicide or self-harm. */
export const HARM_CONTEXT = 'suicid|overdos|own life|(?:end(?:ed|ing)?|on) (?:his|her|their|my|your) life|self[\\s-]?harm|kill(?:ed)? (?:him|her|them|my|your)sel';

/** Objects of manipulation that are not people: markets, data, software. */
export const THINGS_MANIPULATED = 'market|price|data|software|image|photo|code|currenc|stock|file|spreadsheet|variable|string|text|dom\\b|object|record|share|result|figure|statistic|chart';
