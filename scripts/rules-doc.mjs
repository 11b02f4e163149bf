// scripts/rules-doc.mjs: writes docs/language-rules.md from the built rules (run by `npm run build`),
// so the CLI's SARIF helpUri (docs/language-rules.md#<rule-id>) points at a page that ships.
import { writeFileSync } from 'node:fs';
import { MESSAGES, RULES } from '../dist/engines/language-check/index.js';

const lines = [
  '# Language check: the rules',
  '',
  'Generated from `src/engines/language-check/rules/` by `scripts/rules-doc.mjs` on every build: edit the rules, not this file.',
  'Each rule says why the wording can hurt, what to write instead and where the guidance comes from.',
  '',
];
for (const rule of RULES) {
  lines.push(`## ${rule.id}`, '', `<a id="${rule.id}"></a>`, '');
  lines.push(`Category: ${rule.category}. Severity: ${rule.severity}.${rule.contested ? ' Contested: off with `--no-contested`.' : ''}`, '');
  lines.push(MESSAGES[rule.why] ?? rule.why, '');
  if (rule.suggestions.length) lines.push(`Instead: ${rule.suggestions.map((s) => `"${s}"`).join(', ')}.`, '');
  lines.push('Sources:', '', ...rule.sources.map((source) => `- [${source.name}](${source.url})`), '');
}
writeFileSync(new URL('../docs/language-rules.md', import.meta.url), `${lines.join('\n').trimEnd()}\n`);
