// scripts/check-data.mjs: the freshness check for the bundled national helpline data (`npm run check:data`).
//
// Fails when an entry has no source, no valid `checked` date, or a phone or text number that is not a
// UK number shape. Warns (never fails) when an entry was checked more than 6 months ago or cites a
// source more than 3 years old: old facts need a re-check, not a broken build. Prints every entry by
// age. Last line: "check-data: N passed, N failed, N warnings" (one check per entry).
//
//   node scripts/check-data.mjs                      the shipped data (src/engines/services/data/national.ts,
//                                                    with each entry's `moreSources` from national-notes.ts)
//   node scripts/check-data.mjs --data entries.json  a JSON array of services instead (tests use this);
//                                                    an entry may carry `moreSources` there too
//   node scripts/check-data.mjs --today 2026-12-02   judge ages on that day instead of today (UTC)
import { readFileSync, statSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SOURCE = 'src/engines/services/data/national.ts';
const NOTES = 'src/engines/services/data/national-notes.ts';
const BUILT = 'dist/engines/services/data/national.js';
const CHECKED_MAX_MONTHS = 6;
const SOURCE_MAX_YEARS = 3;

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

// ── UK number shapes. Spaces are how providers group digits; anything else is a typo. ──
const VOICE = [
  /^(999|111)$/, // emergency, NHS 111
  /^116\d{3}$/, // harmonised European helplines (116 123, 116 111)
  /^0800(\d{4}|\d{6,7})$/, // freephone (0800 1111 is a short 0800 number)
  /^0808\d{7}$/, // freephone
  /^03\d{9}$/, // 0300 and other 03xx: charged at local rate
  /^0[12]\d{8,9}$/, // geographic
  /^07\d{9}$/, // mobile
];
const isVoice = (digits) => VOICE.some((shape) => shape.test(digits));

/** Why `channel`'s number is not a UK shape, or undefined when it is (or the channel has no number). */
export function numberProblem(channel) {
  if (!['phone', 'textphone', 'text'].includes(channel.type)) return undefined;
  const value = String(channel.value ?? '');
  if (!/^[\d ]+$/.test(value.trim())) return `${channel.type} "${value}" has characters other than digits and spaces`;
  const digits = value.replace(/ /g, '');
  if (channel.type === 'phone' && isVoice(digits)) return undefined;
  // Relay UK: 18001 before the voice number.
  if (channel.type === 'textphone' && digits.startsWith('18001') && isVoice(digits.slice(5))) return undefined;
  // Texts: 5-digit short codes (85258), a mobile number, or 999 (emergencySMS).
  if (channel.type === 'text' && (/^\d{5}$/.test(digits) || /^07\d{9}$/.test(digits) || digits === '999')) return undefined;
  return `${channel.type} "${value}" is not a UK number shape`;
}

// ── Dates ──
const DAY_MS = 86_400_000;
/** The LAST day a partial date (YYYY or YYYY-MM) could mean, so ages are never overstated. */
function latestDay(date) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(date ?? ''));
  if (!m) return undefined;
  const [, y, mo, d] = m.map(Number);
  const t = d ? Date.UTC(y, mo - 1, d) : mo ? Date.UTC(y, mo, 0) : Date.UTC(y, 11, 31);
  return Number.isNaN(t) ? undefined : t;
}
const monthsBefore = (t, months) => {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, d.getUTCDate());
};

/** Failures and warnings for one entry, judged on the day `today` (ms, UTC midnight). */
export function checkEntry(service, today) {
  const failures = [];
  const warnings = [];
  const sources = Array.isArray(service.sources) ? service.sources : [];
  if (!sources.length) failures.push('no source'); // the element shows these: further sources do not count
  for (const source of [...sources, ...(Array.isArray(service.moreSources) ? service.moreSources : [])]) {
    if (!source?.name?.trim?.() || !/^https?:\/\/\S+$/.test(source?.url ?? '')) failures.push(`a source without a name and URL (${JSON.stringify(source)})`);
    else if (source.date !== undefined && latestDay(source.date) === undefined) failures.push(`source "${source.name}" has an unreadable date "${source.date}"`);
    else if (source.date !== undefined && latestDay(source.date) < monthsBefore(today, SOURCE_MAX_YEARS * 12))
      warnings.push(`source "${source.name}" is dated ${source.date}, more than ${SOURCE_MAX_YEARS} years ago`);
  }
  const checked = service.checked?.date;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(checked ?? '') || latestDay(checked) === undefined) failures.push('no checked date (checked.date, YYYY-MM-DD)');
  else if (latestDay(checked) < monthsBefore(today, CHECKED_MAX_MONTHS)) warnings.push(`checked ${checked}, more than ${CHECKED_MAX_MONTHS} months ago: re-check it`);
  else if (latestDay(checked) > today) failures.push(`checked date ${checked} is in the future`);
  if (!service.checked?.how?.trim?.()) failures.push('checked.how does not say how it was checked');
  if (!['high', 'medium', 'low'].includes(service.confidence)) failures.push(`confidence "${service.confidence}" is not high, medium or low`);
  for (const channel of Array.isArray(service.channels) ? service.channels : []) {
    const problem = numberProblem(channel);
    if (problem) failures.push(problem);
  }
  return { failures, warnings };
}

/** A TypeScript data module, transpiled in memory (it may import types only). */
async function importTs(file) {
  const ts = (await import('typescript')).default;
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  });
  if (/^\s*import\s[^'"]*['"]\./m.test(outputText)) throw new Error(`${file} imports other modules at run time: run \`npm run build\` first`);
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

async function loadShipped() {
  // The built module when it is up to date; otherwise the TypeScript source.
  const built = existsSync(BUILT) && statSync(BUILT).mtimeMs >= statSync(SOURCE).mtimeMs;
  const { NATIONAL_SERVICES } = built ? await import(pathToFileURL(BUILT).href) : await importTs(SOURCE);
  const { NATIONAL_NOTES } = await importTs(NOTES);
  const services = NATIONAL_SERVICES.map((service) => ({ ...service, moreSources: NATIONAL_NOTES[service.id]?.moreSources }));
  return { from: built ? BUILT : SOURCE, services };
}

async function main() {
  const todayArg = option('--today');
  const today = todayArg ? latestDay(todayArg) : Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  if (today === undefined) throw new Error(`--today "${todayArg}" is not a YYYY-MM-DD date`);
  const dataFile = option('--data');
  const { from, services } = dataFile ? { from: dataFile, services: JSON.parse(readFileSync(dataFile, 'utf8')) } : await loadShipped();
  if (!Array.isArray(services)) throw new Error(`${from}: expected an array of services`);

  const rows = services.map((service, i) => {
    const { failures, warnings } = checkEntry(service ?? {}, today);
    const checkedAt = latestDay(service?.checked?.date);
    const dated = [...(service?.sources ?? []), ...(service?.moreSources ?? [])].map((s) => s?.date).filter((d) => latestDay(d) !== undefined).sort();
    return {
      id: String(service?.id ?? `#${i}`),
      checked: checkedAt === undefined ? '—' : service.checked.date,
      days: checkedAt === undefined ? Infinity : Math.round((today - checkedAt) / DAY_MS),
      newest: dated.at(-1) ?? 'undated',
      oldest: dated[0] ?? 'undated',
      confidence: String(service?.confidence ?? '—'),
      failures,
      warnings,
    };
  });
  rows.sort((a, b) => b.days - a.days || a.id.localeCompare(b.id)); // oldest check first

  console.log(`check-data: ${services.length} entries from ${from}, judged on ${new Date(today).toISOString().slice(0, 10)}\n`);
  const header = ['entry', 'checked', 'days ago', 'newest source', 'oldest source', 'confidence', 'result'];
  const table = rows.map((r) => [r.id, r.checked, Number.isFinite(r.days) ? String(r.days) : '—', r.newest, r.oldest, r.confidence,
    r.failures.length ? 'FAIL' : r.warnings.length ? 'warn' : 'ok']);
  const widths = header.map((h, c) => Math.max(h.length, ...table.map((row) => row[c].length)));
  for (const row of [header, ...table]) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());

  const warningCount = rows.reduce((n, r) => n + r.warnings.length, 0);
  const failed = rows.filter((r) => r.failures.length);
  if (warningCount || failed.length) console.log('');
  for (const r of rows) for (const w of r.warnings) console.log(`warning: ${r.id}: ${w}`);
  for (const r of failed) for (const f of r.failures) console.log(`FAIL: ${r.id}: ${f}`);
  console.log(`\ncheck-data: ${rows.length - failed.length} passed, ${failed.length} failed, ${warningCount} warnings`);
  return failed.length ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`check-data: ${error.message}`);
      console.log('check-data: 0 passed, 1 failed');
      process.exit(1);
    },
  );
}
