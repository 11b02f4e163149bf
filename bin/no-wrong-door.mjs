#!/usr/bin/env node
// no-wrong-door check [files…]: the language check on plain text, Markdown and HTML files (or stdin).
// Exit 0: no findings. 1: findings. 2: usage or read error (one line on stderr).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { checkText, kindOf, MESSAGES, proseOf, RULES, SEVERITIES } from '../dist/engines/language-check/index.js';

const { version } = createRequire(import.meta.url)('../package.json');
// Where the rules are explained: docs/language-rules.md, which ships in the package (scripts/rules-doc.mjs).
const DOCS = `https://unpkg.com/no-wrong-door@${version}/docs/language-rules.md`;

const USAGE = 'usage: no-wrong-door check [--format text|json|sarif] [--disable rule[,rule]] [--min-severity low|medium|high] [files…]';

function fail(message) {
  process.stderr.write(`no-wrong-door: ${message}\n`);
  process.exit(2);
}

function parse(argv) {
  const [command, ...rest] = argv;
  if (command !== 'check') fail(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
  const options = { format: 'text', disable: [], minSeverity: 'low', files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => (i + 1 < rest.length ? rest[++i] : fail(`${arg} needs a value; ${USAGE}`));
    if (arg === '--format') options.format = value();
    else if (arg === '--disable') options.disable.push(...value().split(',').filter(Boolean));
    else if (arg === '--min-severity') options.minSeverity = value();
    else if (arg === '--help' || arg === '-h') { process.stdout.write(`${USAGE}\n`); process.exit(0); }
    else if (arg.startsWith('--')) fail(`unknown option ${arg}; ${USAGE}`);
    else options.files.push(arg);
  }
  if (!['text', 'json', 'sarif'].includes(options.format)) fail(`--format must be text, json or sarif, not "${options.format}"`);
  if (!SEVERITIES.includes(options.minSeverity)) fail(`--min-severity must be low, medium or high, not "${options.minSeverity}"`);
  return options;
}

/**
 * Text from the bytes: UTF-16 (little- or big-endian) by its byte order mark, else UTF-8. Bytes that
 * are still not text (a NUL: UTF-16 without a mark, or a binary file) are an error, never a clean file.
 */
function decode(bytes, file) {
  const [a, b] = bytes;
  if (a === 0xff && b === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (a === 0xfe && b === 0xff) return Buffer.from(bytes.subarray(2, bytes.length & ~1)).swap16().toString('utf16le');
  if (bytes.includes(0)) fail(`cannot read ${file}: it has NUL bytes, so it is not UTF-8 text (UTF-16 needs a byte order mark)`);
  return bytes.toString('utf8');
}

async function readInput(file) {
  if (file === '-') {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return decode(Buffer.concat(chunks), 'stdin');
  }
  try {
    return decode(await readFile(file), file);
  } catch (error) {
    fail(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
}

/**
 * 1-based line and column (in UTF-16 code units, as editors count) of offsets asked for in order:
 * one pass over the file for all its findings, not one per finding.
 */
function positions(text) {
  let line = 1;
  let lineStart = 0;
  let next = text.indexOf('\n');
  return (offset) => {
    for (; next >= 0 && next < offset; next = text.indexOf('\n', next + 1)) {
      line++;
      lineStart = next + 1;
    }
    return { line, column: offset - lineStart + 1 };
  };
}

const options = parse(process.argv.slice(2));
const files = options.files.length ? options.files : ['-'];
const results = [];
for (const file of files) {
  const text = await readInput(file);
  const prose = proseOf(text, file === '-' ? 'text' : kindOf(file));
  const position = positions(text); // findings come in order and never overlap
  for (const finding of checkText(prose, { disable: options.disable, minSeverity: options.minSeverity })) {
    const start = position(finding.start);
    const end = position(finding.end);
    results.push({ file: file === '-' ? '<stdin>' : file, ...start, endLine: end.line, endColumn: end.column, text: text.slice(finding.start, finding.end), ...finding });
  }
}

if (options.format === 'json') {
  process.stdout.write(`${JSON.stringify(results.map(({ file, line, column, endLine, endColumn, text, ruleId, category, severity, message, suggestions, contested }) =>
    ({ file, line, column, endLine, endColumn, text, ruleId, category, severity, message, suggestions, contested })), null, 2)}\n`);
} else if (options.format === 'sarif') {
  const level = { high: 'error', medium: 'warning', low: 'note' };
  const byId = new Map(RULES.map((rule) => [rule.id, rule]));
  const ruleIds = [...new Set(results.map((r) => r.ruleId))];
  const rules = ruleIds.map((id) => {
    const rule = byId.get(id);
    return {
      id,
      shortDescription: { text: results.find((r) => r.ruleId === id).message },
      ...(rule ? { fullDescription: { text: MESSAGES[rule.why] ?? rule.why }, defaultConfiguration: { level: level[rule.severity] } } : {}),
      helpUri: `${DOCS}#${id}`,
    };
  });
  // A path becomes a relative URI reference: forward slashes, spaces and the like percent-encoded.
  // Standard input has no URI, so it is described instead.
  const artifact = (file) => (file === '<stdin>' ? { description: { text: 'standard input' } } : { uri: encodeURI(file.replaceAll('\\', '/')) });
  process.stdout.write(`${JSON.stringify({
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'no-wrong-door', version, informationUri: `https://unpkg.com/no-wrong-door@${version}/README.md`, rules } },
      results: results.map((r) => ({
        ruleId: r.ruleId,
        ruleIndex: ruleIds.indexOf(r.ruleId),
        level: level[r.severity],
        message: { text: r.suggestions.length ? `${r.message} Try: ${r.suggestions.join(' / ')}.` : r.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(r.file), region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn } } }],
      })),
    }],
  }, null, 2)}\n`);
} else {
  for (const r of results) {
    const suggestion = r.suggestions.length ? ` Try: ${r.suggestions.map((s) => `"${s}"`).join(' or ')}.` : '';
    process.stdout.write(`${r.file}:${r.line}:${r.column}  ${r.severity}  "${r.text}": ${r.message}${suggestion}  (${r.ruleId})\n`);
  }
  if (results.length) process.stdout.write(`\n${results.length} finding${results.length === 1 ? '' : 's'} in ${new Set(results.map((r) => r.file)).size} file(s)\n`);
}
// Not process.exit(): it would cut off output still being written to a pipe (`… | jq`).
process.exitCode = results.length ? 1 : 0;
