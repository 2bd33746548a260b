/**
 * Turns a table cell from a converted document into plain text.
 *
 * The converters that produced the source texts left HTML fragments in some
 * cells (<ul>, <p>, <i>, <br>). They carry layout, not meaning: paragraphs and
 * list items become line breaks, inline emphasis is dropped, and any other tag
 * is refused so that no markup ever reaches the site.
 */

/** Tags that only mark paragraphs or list items: each becomes a line break. */
const BLOCK_TAGS = new Set(['p', 'ul', 'ol', 'li', 'br', 'div']);
/** Tags that only style text: removed, their text kept. */
const INLINE_TAGS = new Set(['i', 'b', 'em', 'strong', 'u', 'span', 'sup', 'sub']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** What the importer says of a row whose markup it cannot read: the same words wherever it is met. */
export function markupMessage(line: number, error: MarkupError): string {
  return `line ${line}: ${error.message}; only <p>, <ul>, <li>, <br> and inline <i>/<b> are understood. Remove the markup from the source text and run the import again`;
}

export class MarkupError extends Error {
  readonly tag: string;

  constructor(tag: string) {
    super(`unsupported markup <${tag}>`);
    this.tag = tag;
  }
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&([a-z]+);/gi, (match, name: string) => ENTITIES[name.toLowerCase()] ?? match);
}

/**
 * Removes markup and returns the cell's paragraphs (non-empty, trimmed).
 * Throws MarkupError on a tag that is neither a block nor an inline style tag.
 */
export function cellParagraphs(raw: string): string[] {
  const withBreaks = raw.replace(/<\s*(\/?)\s*([a-z][a-z0-9]*)\b[^>]*>/gi, (_, _slash: string, name: string) => {
    const tag = name.toLowerCase();
    if (BLOCK_TAGS.has(tag)) return '\n';
    if (INLINE_TAGS.has(tag)) return '';
    throw new MarkupError(tag);
  });
  return decodeEntities(withBreaks)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/** A cell as one line of plain text (for agency, output and deadline cells). */
export function cellLine(raw: string): string {
  return cellParagraphs(raw).join(' ');
}

/** Bullet marks used in the documents: "- " and "+ " at the start of an item. */
const BULLET_START = /^[-+•]\s+/;
/**
 * Inline bullets: the converters flattened lists into one line ("... thực hiện. - Tuyên truyền ...").
 * A hyphen between spaces followed by a capital letter starts a new item; a hyphen
 * followed by a lower-case word or a digit is part of the text ("Hỏi - đáp", "2021 - 2026").
 */
const INLINE_BULLET = /\s+([-+])\s+(?=\p{Lu})/u;

/** A task cell split into its plain text (line per paragraph or item) and its bullet items. */
export interface TaskText {
  /** Plain text: the intro and each item on its own line, items keep their bullet mark. */
  text: string;
  /** The bullet items, verbatim, without their bullet mark. */
  actions: string[];
}

/** Splits a task cell into paragraphs and bullet items. */
export function taskText(raw: string): TaskText {
  const lines: string[] = [];
  const actions: string[] = [];
  for (const paragraph of cellParagraphs(raw)) {
    const pieces = paragraph.split(INLINE_BULLET);
    // split() with one capture group alternates text and the captured bullet mark.
    const first = pieces[0]?.trim() ?? '';
    if (first) {
      const bullet = BULLET_START.exec(first);
      if (bullet) {
        const item = first.slice(bullet[0].length).trim();
        lines.push(`${bullet[0].trim()} ${item}`);
        actions.push(item);
      } else {
        lines.push(first);
      }
    }
    for (let index = 1; index + 1 < pieces.length; index += 2) {
      const mark = pieces[index] ?? '-';
      const item = (pieces[index + 1] ?? '').trim();
      if (!item) continue;
      lines.push(`${mark} ${item}`);
      actions.push(item);
    }
  }
  return { text: lines.join('\n'), actions };
}
