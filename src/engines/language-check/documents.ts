// Markdown and HTML for the check: what is not prose (tags, code, scripts) is blanked out with spaces
// of the same length, newlines kept, so every offset (and line and column) in the result is the
// same as in the original file. `nwd-ignore-next` comments are kept so the ignore still works.

export type DocumentKind = 'text' | 'markdown' | 'html';

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/**
 * A tag, blanked except for the text a council publishes in it: `alt` and `title` values, and the
 * `content` of `<meta name="description">`, each left where it is so positions stay true.
 */
function blankTag(tag: string): string {
  const kept = /^<meta\b/i.test(tag) && /\bname\s*=\s*["']?description\b/i.test(tag) ? 'alt|title|content' : 'alt|title';
  let out = '';
  let done = 0;
  for (const match of tag.matchAll(new RegExp(`(\\s(?:${kept})\\s*=\\s*)("[^"]*"|'[^']*')`, 'gi'))) {
    const start = match.index + match[1].length + 1; // after the opening quote
    out += blank(tag.slice(done, start)) + match[2].slice(1, -1);
    done = start + match[2].length - 2;
  }
  return out + blank(tag.slice(done));
}
const keepIgnore = (comment: string) => (comment.includes('nwd-ignore-next') ? comment : blank(comment));

/** The kind of document, from a file name. */
export function kindOf(fileName: string): DocumentKind {
  if (/\.(md|markdown|mdx)$/i.test(fileName)) return 'markdown';
  if (/\.(html?|xhtml|njk|hbs)$/i.test(fileName)) return 'html';
  return 'text';
}

/**
 * Comments and code elements, blanked in one pass from the left. An opener with no closer is left as
 * it is (so nothing after it goes unchecked), and once one has none, later ones of that kind are not
 * searched again: a lazy regex would scan to the end from each, quadratic on "<pre<pre<pre…".
 */
function blankBlocks(text: string): string {
  const open = /<(?:!--|(script|style|pre|code|textarea)\b)/gi;
  const unclosed = new Set<string>();
  let prose = '';
  let done = 0;
  for (let match = open.exec(text); match; match = open.exec(text)) {
    const name = match[1]?.toLowerCase() ?? '';
    if (unclosed.has(name)) continue;
    const close = new RegExp(name ? `</${name}\\s*>` : '-->', 'gi');
    close.lastIndex = open.lastIndex;
    if (!close.test(text)) {
      unclosed.add(name);
      continue;
    }
    const block = text.slice(match.index, close.lastIndex);
    prose += text.slice(done, match.index) + (name ? blank(block) : keepIgnore(block));
    done = open.lastIndex = close.lastIndex;
  }
  return prose + text.slice(done);
}

/**
 * The prose of a document, same length as the input, everything else turned into spaces. Linear:
 * no pattern can run past the next character that would start another try (`<`, `]`, a new line).
 */
export function proseOf(text: string, kind: DocumentKind): string {
  if (kind === 'text') return text;
  let prose = blankBlocks(text).replace(/<(?!!--)[^<>\n]*(?:\n[^<>\n]*){0,20}>/g, kind === 'html' ? blankTag : blank); // tags, but not the comments kept above
  if (kind === 'markdown') {
    prose = prose
      .replace(/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[^\n]*$/gm, blank) // fenced code blocks
      .replace(/`[^`\n]+`/g, blank) // inline code
      .replace(/\]\([^)\]\n]*\)/g, (link) => ` ${blank(link.slice(1))}`); // link targets (keep the text)
  }
  return prose;
}
