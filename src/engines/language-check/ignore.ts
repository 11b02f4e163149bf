// Inline ignores for documents that quote terms on purpose (guidance pages, training material).
// A line containing `nwd-ignore-next` (in an HTML or Markdown comment `<!-- nwd-ignore-next -->`,
// or any text comment such as `// nwd-ignore-next` or `# nwd-ignore-next`) switches the check off
// for the next paragraph: up to the next blank line.

const MARKER = /nwd-ignore-next/g;

/** [start, end) ranges of the text the ignores cover. */
export function ignoredRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(MARKER)) {
    const lineEnd = text.indexOf('\n', match.index);
    if (lineEnd < 0) continue;
    // Skip blank lines straight after the marker, then run to the next blank line.
    const from = text.slice(lineEnd).search(/\S/);
    if (from < 0) continue;
    const start = lineEnd + from;
    const blank = /\n[ \t]*\n/g;
    blank.lastIndex = start;
    const found = blank.exec(text);
    ranges.push([start, found ? found.index : text.length]);
  }
  return ranges;
}
