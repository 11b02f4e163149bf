// demo/configurator.js: a web team's choices -> one description of the markup, from which both the
// live preview (DOM APIs only: the page runs under Trusted Types) and the copyable snippet (escaped
// text) are made, so the two cannot drift apart.
/* global document, navigator, window, requestAnimationFrame, URL, FormData */

const DEFAULT_DESTINATION = 'https://www.bbc.co.uk/weather';
const DEFAULTS = { focus: '#ffdd00', exitBackground: '#d4351c', scheme: 'light' };
const ORDER = ['nwd-quick-exit', 'nwd-find-support', 'nwd-language-check', 'nwd-safety-plan'];
const NPM_ENTRY = {
  'nwd-quick-exit': 'no-wrong-door/quick-exit',
  'nwd-find-support': 'no-wrong-door/find-support',
  'nwd-language-check': 'no-wrong-door/language-check',
  'nwd-safety-plan': 'no-wrong-door/safety-plan',
};
// What each element shows before the script runs (or if it never does), in the chosen language.
// The Welsh and Gaelic wording is the library's own (src/locales), awaiting native review.
const FALLBACK = {
  'en-GB': { exit: 'Exit this page', danger: 'If you are in danger now, call 999. Samaritans: call 116 123, free, any time.', message: 'Your message' },
  cy: { exit: 'Gadael y dudalen hon', danger: 'Os ydych chi mewn perygl nawr: 999. Samaritans: 116 123.', message: 'Your message' },
  gd: { exit: 'Fàg an duilleag seo', danger: 'Ma tha thu ann an cunnart an-dràsta: 999. Samaritans: 116 123.', message: 'Your message' },
};

const form = document.getElementById('cfg');
const $ = (id) => document.getElementById(id);

// ── Choices ──

/** Http(s) only, as the element itself insists; relative addresses are fine (they resolve on the site). */
function checkDestination(raw) {
  const value = raw.trim();
  if (value === '') return { href: DEFAULT_DESTINATION };
  try {
    const url = new URL(value, window.location.href);
    if (url.protocol === 'https:' || url.protocol === 'http:') return { href: value };
  } catch {
    // falls through to the error below
  }
  return { href: DEFAULT_DESTINATION, error: `“${value}” is not a web address starting with https:// or http://. Until you fix it, the snippet uses ${DEFAULT_DESTINATION}.` };
}

const HEX = /^#[0-9a-f]{6}$/i;
const colour = (value, fallback) => (HEX.test(value) ? value.toLowerCase() : fallback);

function readChoices() {
  const data = new FormData(form);
  const destination = checkDestination(String(data.get('destination') ?? ''));
  return {
    elements: ORDER.filter((tag) => data.getAll('elements').includes(tag)),
    lang: String(data.get('lang') ?? 'en-GB'),
    nation: String(data.get('nation') ?? ''),
    variant: String(data.get('variant') ?? 'full'),
    href: destination.href,
    destinationError: destination.error,
    focus: colour(String(data.get('focus')), DEFAULTS.focus),
    exitBackground: colour(String(data.get('exitBackground')), DEFAULTS.exitBackground),
    scheme: ['light', 'light dark', 'dark'].includes(data.get('scheme')) ? String(data.get('scheme')) : 'light',
    format: data.get('format') === 'npm' ? 'npm' : 'script',
    scriptPath: String(data.get('scriptPath') ?? '').trim() || '/assets/no-wrong-door.js',
  };
}

// ── One description of the markup: { tag, attrs: [[name, value]], children: [node | string] } ──

function describe(choices) {
  const text = FALLBACK[choices.lang] ?? FALLBACK['en-GB'];
  const lang = choices.lang === 'en-GB' ? [] : [['lang', choices.lang]];
  const nodes = [];
  for (const tag of choices.elements) {
    if (tag === 'nwd-quick-exit') {
      nodes.push({ tag, attrs: [...lang, ['href', choices.href]], children: [{ tag: 'a', attrs: [['href', choices.href]], children: [text.exit] }] });
    } else if (tag === 'nwd-find-support') {
      const attrs = [...lang];
      if (choices.variant === 'compact') attrs.push(['variant', 'compact']);
      if (choices.nation) attrs.push(['nation', choices.nation]);
      nodes.push({ tag, attrs, children: choices.variant === 'compact' ? [] : [{ tag: 'p', attrs: [], children: [text.danger] }] });
    } else if (tag === 'nwd-language-check') {
      nodes.push({ tag, attrs: [...lang, ['audience', 'public']], children: [
        { tag: 'label', attrs: [['for', 'nwd-message']], children: [text.message] },
        { tag: 'textarea', attrs: [['id', 'nwd-message'], ['name', 'message']], children: [] },
      ] });
    } else if (tag === 'nwd-safety-plan') {
      nodes.push({ tag, attrs: [...lang], children: [] });
    }
  }
  return nodes;
}

/** The CSS custom properties that differ from the library's defaults (nothing to add otherwise). */
function tokens(choices) {
  const list = [];
  if (choices.focus !== DEFAULTS.focus) list.push(['--nwd-color-focus', choices.focus], ['--nwd-color-focus-text', readableOn(choices.focus)]);
  if (choices.exitBackground !== DEFAULTS.exitBackground) {
    list.push(['--nwd-quick-exit-background', choices.exitBackground], ['--nwd-quick-exit-background-hover', darken(choices.exitBackground)]);
  }
  if (choices.scheme !== DEFAULTS.scheme) list.push(['--nwd-color-scheme', choices.scheme]);
  return list;
}

// ── Colour arithmetic (WCAG 2.2 relative luminance) ──

const channels = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
function luminance(hex) {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
const readableOn = (hex) => (contrast(hex, '#0b0c0c') >= contrast(hex, '#ffffff') ? '#0b0c0c' : '#ffffff');
const darken = (hex) => `#${channels(hex).map((c) => Math.round(c * 0.8).toString(16).padStart(2, '0')).join('')}`;

// ── Text for the snippet: every attribute value and text escaped ──

const escapeText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (value) => escapeText(value).replace(/"/g, '&quot;');

function serialise(node, indent = '') {
  const attrs = node.attrs.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
  const open = `${indent}<${node.tag}${attrs}>`;
  if (node.children.length === 0) return `${open}</${node.tag}>`;
  if (node.children.every((child) => typeof child === 'string')) return `${open}${node.children.map(escapeText).join('')}</${node.tag}>`;
  const inner = node.children.map((child) => (typeof child === 'string' ? `${indent}  ${escapeText(child)}` : serialise(child, `${indent}  `)));
  return [open, ...inner, `${indent}</${node.tag}>`].join('\n');
}

function snippets(choices) {
  const nodes = describe(choices);
  const markup = nodes.map((node) => serialise(node)).join('\n\n');
  const html = choices.format === 'script'
    ? `<script type="module" src="${escapeAttr(choices.scriptPath)}"></script>\n\n${markup}`
    : markup;
  const js = choices.elements.map((tag) => `import '${NPM_ENTRY[tag]}';`).join('\n');
  const list = tokens(choices);
  const css = list.length === 0 ? '' : `${choices.elements.join(',\n') || ORDER.join(',\n')} {\n${list.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
  return { nodes, list, html, js, css };
}

// ── The preview: DOM APIs only (createElement, setAttribute, textContent), never HTML strings ──

function build(node) {
  const element = document.createElement(node.tag);
  for (const [name, value] of node.attrs) element.setAttribute(name, value);
  for (const child of node.children) element.append(typeof child === 'string' ? document.createTextNode(child) : build(child));
  return element;
}

function renderPreview(nodes, list) {
  const preview = $('preview');
  for (const name of ['--nwd-color-focus', '--nwd-color-focus-text', '--nwd-quick-exit-background', '--nwd-quick-exit-background-hover', '--nwd-color-scheme']) {
    preview.style.removeProperty(name);
  }
  // CSSOM, not a style attribute: allowed under style-src 'self'.
  for (const [name, value] of list) preview.style.setProperty(name, value);
  preview.replaceChildren(...nodes.map(build));
  if (nodes.length === 0) {
    const empty = document.createElement('p');
    empty.textContent = 'Choose at least one element to see it here.';
    preview.append(empty);
  }
}

// ── Wiring ──

let shownSnippet;
function update() {
  const choices = readChoices();
  const out = snippets(choices);
  // Rebuild only on a real change, so a late 'change' (on blur) never swaps the preview mid-click.
  const key = `${out.html}\n${out.css}`;
  if (key !== shownSnippet) renderPreview(out.nodes, out.list);
  shownSnippet = key;
  $('snippet-html').value = out.html;
  $('snippet-js').value = out.js;
  $('snippet-css').value = out.css;
  $('js-block').hidden = choices.format !== 'npm';
  $('css-block').hidden = out.css === '';
  $('script-path-field').hidden = choices.format !== 'script';
  $('cfg-find-support').disabled = !choices.elements.includes('nwd-find-support');
  $('cfg-quick-exit').disabled = !choices.elements.includes('nwd-quick-exit');

  const error = $('destination-error');
  error.hidden = !choices.destinationError;
  error.textContent = choices.destinationError ?? '';
  $('destination').setAttribute('aria-invalid', String(Boolean(choices.destinationError)));

  const ratio = contrast(choices.exitBackground, '#ffffff');
  $('exit-contrast').textContent = ratio >= 4.5
    ? `White text on this colour: ${ratio.toFixed(1)} to 1. That meets WCAG AA.`
    : `White text on this colour: ${ratio.toFixed(1)} to 1. That is below the 4.5 to 1 WCAG AA needs: choose a darker colour.`;
  $('exit-contrast').classList.toggle('cfg-error', ratio < 4.5);
}

const statuses = () => document.querySelectorAll('.cfg-status');

/** Says `message` in the polite live region beside `id`'s button, even when it is the same words as last time. */
function announce(id, message) {
  for (const other of statuses()) other.textContent = '';
  const status = $(`status-${id}`);
  requestAnimationFrame(() => { status.textContent = message; });
}

async function copy(button) {
  const box = $(button.dataset.copy);
  try {
    await navigator.clipboard.writeText(box.value);
    announce(box.id, 'Copied. Paste it into your site.');
  } catch {
    // No clipboard (permission refused, or not a secure page): the text is selected for Ctrl+C.
    box.focus();
    box.select();
    announce(box.id, 'Could not copy by itself. The text is selected: press Ctrl+C (or Cmd+C) to copy it.');
  }
}

form.addEventListener('input', () => {
  update();
  for (const status of statuses()) status.textContent = ''; // a "Copied" would now be about older text
});
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll('.cfg-copy')) button.addEventListener('click', () => void copy(button));

// The preview's quick exit is real; here it stays, and says where it would have gone.
$('preview').addEventListener('nwd-exit', (event) => {
  event.preventDefault();
  $('exit-notice').textContent = `The quick exit would now go to ${event.detail.href}. In this preview it stays on the page.`;
});

update();
