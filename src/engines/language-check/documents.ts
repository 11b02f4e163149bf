// Markdown and HTML for the check: what is not prose (tags, code, scripts) is blanked out with spaces
// of the same length, newlines kept, so every offset (and line and column) in the result is the
// same as in the original file. `nwd-ignore-next` comments are kept so the ignore still works.

export type DocumentKind = 'text' | 'markdown' | 'html';

const blank = (s: string) => s.replace(/[^\n]/g, ' ');
const keepIgnore = (comment: string) => (comment.includes('nwd-ignore-next') ? comment : blank(comment));

/** The kind of document, from a file name. */
export function kindOf(fileName: string): DocumentKind {
  if (/\.(md|markdown|mdx)$/i.test(fileName)) return 'markdown';
  if (/\.(html?|xhtml|njk|hbs)$/i.test(fileName)) return 'html';
  return 'text';
}

/** The prose of a document, same length as the input, everything else turned into spaces. */
export function proseOf(text: string, kind: DocumentKind): string {
  if (kind === 'text') return text;
  let prose = text
    .replace(/<!--[\s\S]*?-->/g, keepIgnore)
    .replace(/<(script|style|pre|code|textarea)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<(?!!--)[^>\n]*(?:\n[^>\n]*){0,20}>/g, blank); // tags, but not the comments kept above
  if (kind === 'markdown') {
    prose = prose
      .replace(/^(\s*)(```|~~~)[^\n]*\n[\s\S]*?^\s*\2[^\n]*$/gm, blank) // fenced code blocks
      .replace(/`[^`\n]+`/g, blank) // inline code
      .replace(/\]\([^)\n]*\)/g, (link) => ` ${blank(link.slice(1))}`); // link targets (keep the text)
  }
  return prose;
}
