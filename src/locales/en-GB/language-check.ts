// <nwd-language-check> strings. The reasons (why_*) are the engine's own English text, so the CLI,
// the engine and the element say the same thing.
import { MESSAGES } from '../../engines/language-check/messages.js';

const reasons = Object.fromEntries(Object.entries(MESSAGES).map(([key, text]) => [`why_${key}`, text]));

export const languageCheck: Record<string, string> = {
  findingsHeading: 'Suggestions about wording',
  replaceWith: 'Replace with “{{suggestion}}”',
  ignore: 'Ignore',
  removeAdvice: 'Consider leaving this detail out.',
  contested: 'Guides differ on this one.',
  severity_high: 'Important',
  severity_medium: 'Worth changing',
  severity_low: 'Optional',
  count_one: '{{count}} suggestion about wording.',
  count_other: '{{count}} suggestions about wording.',
  countNone: 'No suggestions about wording.',
  reviewPrompt: 'Some wording could be kinder or safer. Check the suggestions, or submit again to send it as it is.',
  signpostHeading: 'If you are finding things hard',
  signpostBody: 'You can talk to someone now. It’s free, and you don’t have to give your name.',
  signpostSamaritans: 'Call Samaritans on 116 123, any time',
  signpostShout: 'Text SHOUT to 85258',
  signpostDanger: 'If you are in danger now, call 999.',
  signpostNote: 'Nothing you type here is sent anywhere until you choose to send it.',
  ...reasons,
};
