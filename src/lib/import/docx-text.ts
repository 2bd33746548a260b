/**
 * Turns the HTML that mammoth makes of a Word document into the plain-text
 * format the plan readers take (table.ts, rows.ts, cell-text.ts):
 *
 * - every paragraph, heading and list item outside a table is one line
 *   (a line break inside a paragraph starts a new line; list items keep a
 *   "- " mark, numbered items their number, so the readers see the bullets);
 * - every table row is one line of tab-separated cells. A cell with one
 *   paragraph is its text; a cell with several paragraphs or list items keeps
 *   them as <p>…</p> / <ul><li>…</li></ul> inside the cell, the markup
 *   cell-text.ts understands. No tab or newline is ever left inside a cell;
 * - merged cells keep the columns aligned. A cell spanning several columns
 *   (Word's gridSpan, colspan here) is followed by empty cells. A cell
 *   spanning several rows (vMerge, rowspan here) is printed in its first row;
 *   in the rows below, what the readers should see depends on the column:
 *   the agencies, output and deadline columns repeat the merged text, since a
 *   lead agency merged over three task rows leads all three (an empty lead
 *   would make rows.ts read a numbered task as having no lead, and an
 *   unnumbered row as the continuation of the task above); every other column
 *   (reference, label, task text) is left empty, since an empty reference or
 *   label means "under the same heading as the row above" to rows.ts. Columns
 *   are named by the table's header row with table.ts's own header words;
 *   in a table without such a header every merged cell is left empty below.
 *   Header rows are written as plain text (a header cell's paragraphs joined
 *   by a space), since table.ts matches header cells without reading markup;
 * - footnote references become superscript digits ("…năm 2023²") and the
 *   footnotes lines of their own ("² Kế hoạch số …") at the end, as in the
 *   existing source texts; images and comments are dropped; links keep their
 *   text; bold, italic and other styling is dropped;
 * - entities are decoded; inside a cell a "<" or "&" that cell-text.ts would
 *   take for markup is written as &lt; / &amp;, which cell-text.ts decodes.
 *
 * The HTML read here is mammoth's own output (well formed, every attribute
 * quoted, text escaped), not arbitrary HTML: a small tree builder is enough,
 * and it throws on anything that is not of that form rather than guess.
 */
import { cellLine } from './cell-text.ts';
import { headerRole } from './layouts.ts';
import type { ColumnRole } from './table.ts';

interface HtmlElement {
  kind: 'element';
  tag: string;
  attributes: Record<string, string>;
  children: HtmlNode[];
}

interface HtmlText {
  kind: 'text';
  value: string;
}

type HtmlNode = HtmlElement | HtmlText;

const VOID_TAGS = new Set(['br', 'img', 'input', 'hr', 'col', 'wbr']);
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const TOKEN = /<\/([a-zA-Z][a-zA-Z0-9]*)\s*>|<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s="'<>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/gy;
const ATTRIBUTE = /([^\s="'<>/]+)(?:="([^"]*)")?/g;

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (match, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED_ENTITIES[(name ?? '').toLowerCase()] ?? match;
  });
}

/** Builds the element tree of mammoth's HTML. */
function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { kind: 'element', tag: '#root', attributes: {}, children: [] };
  const stack: HtmlElement[] = [root];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(html);
    if (!token) throw new Error(`unexpected HTML from the .docx converter at offset ${at}: ${JSON.stringify(html.slice(at, at + 40))}`);
    const [, closing, opening, attributeText, selfClosing, text] = token;
    const parent = stack.at(-1) ?? root;
    if (text !== undefined) {
      parent.children.push({ kind: 'text', value: decodeEntities(text) });
    } else if (closing !== undefined) {
      if (parent.tag !== closing.toLowerCase()) throw new Error(`unexpected HTML from the .docx converter: </${closing}> closes <${parent.tag}>`);
      stack.pop();
    } else if (opening !== undefined) {
      const attributes: Record<string, string> = {};
      for (const [, name, value] of (attributeText ?? '').matchAll(ATTRIBUTE)) if (name) attributes[name.toLowerCase()] = decodeEntities(value ?? '');
      const element: HtmlElement = { kind: 'element', tag: opening.toLowerCase(), attributes, children: [] };
      parent.children.push(element);
      if (!selfClosing && !VOID_TAGS.has(element.tag)) stack.push(element);
    }
  }
  if (stack.length > 1) throw new Error(`unexpected HTML from the .docx converter: <${stack.at(-1)?.tag}> is never closed`);
  return root;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function superscript(number: number): string {
  return [...String(number)].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit).join('');
}

/** Line breaks inside inline text, kept apart from the text until the caller decides what they become. */
const BREAK = '\u0000';
const NOTE_REF_ID = /^(?:footnote|endnote)-ref-/;
const NOTE_BACK_LINK = /^#(?:footnote|endnote)-ref-/;
const HEADING = /^h[1-6]$/;

interface Context {
  /** Footnote and endnote numbers by the id of the note ("footnote-3" → 1). */
  notes: Map<string, number>;
}

/** Text of inline content; line breaks as BREAK, whitespace runs (tabs included) as one space. */
function inlineText(nodes: HtmlNode[], context: Context): string {
  let result = '';
  for (const node of nodes) {
    if (node.kind === 'text') {
      result += node.value.replace(/[\t\r\n ]+/g, ' ');
      continue;
    }
    const { tag, attributes } = node;
    if (tag === 'br') result += BREAK;
    else if (tag === 'img' || tag === 'input') continue;
    else if (tag === 'a' && NOTE_REF_ID.test(attributes.id ?? '')) {
      const number = context.notes.get((attributes.href ?? '').replace(/^#/, ''));
      result += number !== undefined ? superscript(number) : '';
    } else if (tag === 'a' && NOTE_BACK_LINK.test(attributes.href ?? '')) continue;
    else result += inlineText(node.children, context);
  }
  return result;
}

function collectNotes(node: HtmlNode, notes: Map<string, number>): void {
  if (node.kind !== 'element') return;
  if (node.tag === 'a' && NOTE_REF_ID.test(node.attributes.id ?? '')) {
    const label = /\d+/.exec(inlineText(node.children, { notes }));
    if (label) notes.set((node.attributes.href ?? '').replace(/^#/, ''), Number(label[0]));
  }
  for (const child of node.children) collectNotes(child, notes);
}

/** One paragraph's lines: split at line breaks, trimmed, empty ones dropped. */
function lines(text: string): string[] {
  return text
    .split(BREAK)
    .map((line) => line.replace(/ +/g, ' ').trim())
    .filter((line) => line !== '');
}

function hasBulletMark(text: string): boolean {
  return /^[-+•–]\s/.test(text);
}

/** Items of a list, each with its mark; nested lists follow their item. */
function listItems(list: HtmlElement, context: Context): string[] {
  const items: string[] = [];
  let number = 0;
  for (const item of list.children) {
    if (item.kind !== 'element' || item.tag !== 'li') continue;
    number += 1;
    const nested = item.children.filter((child): child is HtmlElement => child.kind === 'element' && (child.tag === 'ul' || child.tag === 'ol'));
    const own = item.children.filter((child) => !nested.includes(child as HtmlElement));
    const text = lines(inlineText(own, context).split(BREAK).join(' ')).join(' ');
    if (text) {
      const note = /^(?:footnote|endnote)-/.exec(item.attributes.id ?? '') ? context.notes.get(item.attributes.id ?? '') : undefined;
      if (note !== undefined) items.push(`${superscript(note)} ${text}`);
      else if (list.tag === 'ol') items.push(`${number}. ${text}`);
      else items.push(hasBulletMark(text) ? text : `- ${text}`);
    }
    for (const sub of nested) items.push(...listItems(sub, context));
  }
  return items;
}

/** A cell's content: its paragraphs and lists, in order. */
type CellBlock = { kind: 'p'; text: string } | { kind: 'list'; items: string[] };

/** Writes cell text so that cell-text.ts reads it back as it is: markup-like "<" and entity-like "&" escaped. */
function escapeCellText(text: string): string {
  return text.replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;').replace(/<(?=[a-z/!?])/gi, '&lt;');
}

function cellBlocks(nodes: HtmlNode[], context: Context, blocks: CellBlock[]): void {
  let inline: HtmlNode[] = [];
  const flush = () => {
    const text = lines(inlineText(inline, context)).map(escapeCellText).join('<br>');
    if (text) blocks.push({ kind: 'p', text });
    inline = [];
  };
  for (const node of nodes) {
    if (node.kind === 'element' && (node.tag === 'p' || HEADING.test(node.tag))) {
      flush();
      inline = node.children;
      flush();
    } else if (node.kind === 'element' && (node.tag === 'ul' || node.tag === 'ol')) {
      flush();
      const items = listItems(node, context).map(escapeCellText);
      if (items.length > 0) blocks.push({ kind: 'list', items });
    } else if (node.kind === 'element' && node.tag === 'table') {
      flush();
      // A table inside a cell: each of its rows becomes a paragraph of the cell.
      for (const row of tableRows(node)) {
        const text = row
          .map((cell) => lines(inlineText(cell.children, context)).join(' '))
          .filter((cell) => cell !== '')
          .join(' – ');
        if (text) blocks.push({ kind: 'p', text: escapeCellText(text) });
      }
    } else if (node.kind === 'element' && (node.tag === 'div' || node.tag === 'blockquote')) {
      flush();
      cellBlocks(node.children, context, blocks);
    } else {
      inline.push(node);
    }
  }
  flush();
}

function cellText(cell: HtmlElement, context: Context): string {
  const blocks: CellBlock[] = [];
  cellBlocks(cell.children, context, blocks);
  const only = blocks[0];
  if (blocks.length === 1 && only?.kind === 'p') return only.text;
  return blocks.map((block) => (block.kind === 'p' ? `<p>${block.text}</p>` : `<ul>${block.items.map((item) => `<li>${item}</li>`).join('')}</ul>`)).join('');
}

/** The cells (td/th) of each row of a table, through thead/tbody/tfoot, not into nested tables. */
function tableRows(table: HtmlElement): HtmlElement[][] {
  const rows: HtmlElement[][] = [];
  const walk = (node: HtmlElement) => {
    for (const child of node.children) {
      if (child.kind !== 'element') continue;
      if (child.tag === 'tr')
        rows.push(child.children.filter((cell): cell is HtmlElement => cell.kind === 'element' && (cell.tag === 'td' || cell.tag === 'th')));
      else if (child.tag === 'thead' || child.tag === 'tbody' || child.tag === 'tfoot') walk(child);
    }
  };
  walk(table);
  return rows;
}

/** A position in the table's grid: a cell's own text, padding after a wide cell, or a place covered by a tall cell above. */
interface Slot {
  text: string;
  covered: boolean;
}

/** Columns whose merged cell is repeated in the rows it covers: what each task row has of its own. */
const REPEATED_ROLES = new Set<ColumnRole>(['lead', 'partners', 'output', 'deadline']);

function span(value: string | undefined): number {
  const number = Number(value ?? '1');
  return Number.isInteger(number) && number >= 1 ? Math.min(number, 1000) : 1;
}

/** Lays a table's cells on a grid, then writes each row as one tab-separated line. */
function tableLines(table: HtmlElement, context: Context): string[] {
  const grid: Slot[][] = [];
  /** For each column, the tall cell still covering it and how many rows it still covers. */
  const covering: Array<{ text: string; rows: number } | undefined> = [];
  for (const cells of tableRows(table)) {
    const slots: Slot[] = [];
    let column = 0;
    const takeCovered = () => {
      for (let above = covering[column]; above && above.rows > 0; above = covering[column]) {
        slots[column] = { text: above.text, covered: true };
        above.rows -= 1;
        column += 1;
      }
    };
    for (const cell of cells) {
      takeCovered();
      const text = cellText(cell, context);
      const columns = span(cell.attributes.colspan);
      const rows = span(cell.attributes.rowspan);
      for (let offset = 0; offset < columns; offset += 1) {
        slots[column + offset] = { text: offset === 0 ? text : '', covered: false };
        covering[column + offset] = rows > 1 ? { text: offset === 0 ? text : '', rows: rows - 1 } : undefined;
      }
      column += columns;
    }
    for (; column < covering.length; column += 1) {
      const above = covering[column];
      if (above && above.rows > 0) {
        slots[column] = { text: above.text, covered: true };
        above.rows -= 1;
      }
    }
    grid.push(slots);
  }

  const width = Math.max(0, ...grid.map((slots) => slots.length));
  let roles: Array<ColumnRole | null> | null = null;
  const output: string[] = [];
  for (const slots of grid) {
    const own = Array.from({ length: width }, (_, column) => {
      const slot = slots[column];
      return slot && !slot.covered ? cellLine(slot.text) : '';
    });
    const ownRoles = own.map((cell) => (cell ? headerRole(cell) : null));
    const printed = own.filter((cell) => cell !== '');
    const named = ownRoles.filter((role) => role !== null);
    const header = printed.length > 0 && (roles === null ? named.length >= 3 && named.includes('lead') : printed.length === named.length);
    if (header) {
      if (roles === null) roles = ownRoles;
      else
        ownRoles.forEach((role, column) => {
          if (role && roles && (roles[column] === null || roles[column] === 'lead')) roles[column] = role;
        });
    }
    const line = Array.from({ length: width }, (_, column) => {
      const slot = slots[column];
      if (!slot) return '';
      // table.ts names the columns by the header's words, so a header cell is written as plain text.
      if (!slot.covered) return header ? (own[column] ?? '') : slot.text;
      const role = roles?.[column] ?? null;
      return !header && role !== null && REPEATED_ROLES.has(role) ? slot.text : '';
    });
    if (line.some((cell) => cell !== '')) output.push(line.join('\t'));
  }
  return output;
}

function blockLines(nodes: HtmlNode[], context: Context, output: string[]): void {
  let inline: HtmlNode[] = [];
  const flush = () => {
    output.push(...lines(inlineText(inline, context)));
    inline = [];
  };
  for (const node of nodes) {
    if (node.kind === 'text' || (!['p', 'ul', 'ol', 'table', 'dl', 'div', 'blockquote', 'hr'].includes(node.tag) && !HEADING.test(node.tag))) {
      inline.push(node);
      continue;
    }
    flush();
    if (node.tag === 'p' || HEADING.test(node.tag)) output.push(...lines(inlineText(node.children, context)));
    else if (node.tag === 'ul' || node.tag === 'ol') output.push(...listItems(node, context));
    else if (node.tag === 'table') output.push(...tableLines(node, context));
    else if (node.tag === 'div' || node.tag === 'blockquote') blockLines(node.children, context, output);
    // dl: comments, which are not part of the document's text; hr: nothing to say.
  }
  flush();
}

/** The readers' text format of a document converted to HTML by mammoth: NFC, "\n" line ends, a final newline. */
export function docxHtmlToText(html: string): string {
  const root = parseHtml(html);
  const context: Context = { notes: new Map() };
  collectNotes(root, context.notes);
  const output: string[] = [];
  blockLines(root.children, context, output);
  return output.length > 0 ? `${output.join('\n').normalize('NFC')}\n` : '';
}
