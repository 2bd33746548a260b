/**
 * The wordings offices use for a plan's task table, as data: the headings an
 * appendix table may follow and the header words that name each column.
 *
 * Everything the importer recognises is listed here, once. The error messages
 * that tell an editor which words are known are generated from these tables,
 * so that what the importer says and what it does cannot drift apart.
 */
import { fold } from '../text/fold.ts';
import { romanValue, toRoman } from './roman.ts';

/** What a column holds. */
export type ColumnRole = 'ref' | 'label' | 'text' | 'lead' | 'partners' | 'output' | 'deadline';

/**
 * How a header cell is compared with a wording, both folded (no case, no accents):
 * the whole cell, the start of the cell, or anywhere in the cell.
 */
export type WordMatch = 'whole' | 'start' | 'anywhere';

export interface HeaderWording {
  role: ColumnRole;
  match: WordMatch;
  /** Wordings as offices print them. */
  words: readonly string[];
}

/**
 * Header words for each column role, tried in this order: the first wording a
 * header cell matches gives its role. "Nội dung" names the row label when the
 * table has a separate task column, and the task itself when it has none.
 */
export const HEADER_WORDINGS: readonly HeaderWording[] = [
  { role: 'ref', match: 'whole', words: ['STT', 'Số TT', 'Số thứ tự', 'Thứ tự', 'TT'] },
  {
    role: 'text',
    match: 'whole',
    words: ['Nội dung nhiệm vụ', 'Nhiệm vụ', 'Nhiệm vụ cụ thể', 'Nội dung công việc', 'Nhiệm vụ, giải pháp', 'Giải pháp', 'Hoạt động'],
  },
  { role: 'label', match: 'whole', words: ['Chỉ số nội dung', 'Nội dung'] },
  // "Cơ quan chủ trì", "Đơn vị chủ trì", "Chủ trì", "Cơ quan chủ trì, thực hiện"; "Trách nhiệm thực hiện" tops a two-row header.
  { role: 'lead', match: 'anywhere', words: ['Chủ trì', 'Cơ quan thực hiện', 'Đơn vị thực hiện', 'Trách nhiệm thực hiện'] },
  // "Phối hợp", "Cơ quan phối hợp", "Đơn vị phối hợp", "Cơ quan/Đơn vị phối hợp".
  { role: 'partners', match: 'anywhere', words: ['Phối hợp'] },
  { role: 'output', match: 'whole', words: ['Sản phẩm', 'Kết quả', 'Kết quả thực hiện'] },
  // "Thời gian thực hiện", "Thời gian hoàn thành", "Thời hạn", "Thời hạn hoàn thành", "Tiến độ thực hiện".
  { role: 'deadline', match: 'start', words: ['Thời gian', 'Thời hạn', 'Tiến độ'] },
];

/** The roles in plain words, for messages. */
export const ROLE_NAMES: Readonly<Record<ColumnRole, string>> = {
  ref: 'number',
  label: 'row label (the task, when there is no task column)',
  text: 'task',
  lead: 'lead agency',
  partners: 'partner agencies',
  output: 'output',
  deadline: 'deadline',
};

/** A header cell compared as words: folded, without Markdown emphasis, tags, footnote marks or a closing colon. */
function headerKey(cell: string): string {
  return fold(
    cell
      .replace(/<[^>]*>/g, ' ')
      .replace(/[*_]+/g, ' ')
      .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, ' '),
  )
    .replace(/\s*([,/;])\s*/g, '$1 ')
    .replace(/\/ /g, '/')
    .replace(/[\s:.]+$/, '')
    .trim();
}

function matches(key: string, word: string, match: WordMatch): boolean {
  const folded = headerKey(word);
  if (match === 'whole') return key === folded;
  if (match === 'start') return key === folded || key.startsWith(`${folded} `);
  const spaced = (text: string) => ` ${text.replace(/[,/;]/g, ' ').replace(/\s+/g, ' ')} `;
  return spaced(key).includes(spaced(folded));
}

/** The role a header cell names, or null when no wording matches it. */
export function headerRole(cell: string): ColumnRole | null {
  const key = headerKey(cell);
  if (!key) return null;
  for (const wording of HEADER_WORDINGS) {
    if (wording.words.some((word) => matches(key, word, wording.match))) return wording.role;
  }
  return null;
}

/** Whether named roles give a table the importer can read: a task column (or a label standing for it) and a lead column. */
export function hasTaskAndLead(roles: ReadonlyArray<ColumnRole | null>): boolean {
  return (roles.includes('text') || roles.includes('label')) && roles.includes('lead');
}

/** Whether a header is clear enough to be taken for a task table with no heading above it: task, lead and one more named column. */
export function isClearHeader(roles: ReadonlyArray<ColumnRole | null>): boolean {
  return hasTaskAndLead(roles) && roles.filter((role) => role !== null).length >= 3;
}

/** The known header words, one line per role, generated from HEADER_WORDINGS. */
export function knownHeaderWords(): string[] {
  const roles = [...new Set(HEADER_WORDINGS.map((wording) => wording.role))];
  return roles.map((role) => {
    const parts = HEADER_WORDINGS.filter((wording) => wording.role === role).map((wording) => {
      const quoted = wording.words.map((word) => `"${word}"`).join(', ');
      if (wording.match === 'start') return `any header starting with ${quoted}`;
      if (wording.match === 'anywhere') return `any header containing ${quoted}`;
      return quoted;
    });
    return `${ROLE_NAMES[role]}: ${parts.join('; ')}`;
  });
}

export interface HeadingWording {
  /** The words the heading line starts with, as offices print them. */
  words: string;
  /** Whether a number may follow: Roman ("II") or Arabic ("01"), optionally after "số". */
  numbered: boolean;
  /**
   * What may follow on the same line: 'any' (the words are specific enough),
   * or 'separated' (a title only after ":", ".", "-", or in capitals, so that
   * a sentence such as "Phụ lục kèm theo Kế hoạch này" is not a heading).
   */
  title: 'any' | 'separated';
}

/** Headings an appendix table follows, in any case. A table may also have no heading (see isClearHeader). */
export const HEADING_WORDINGS: readonly HeadingWording[] = [
  { words: 'Phụ lục', numbered: true, title: 'separated' },
  { words: 'Bảng phân công nhiệm vụ', numbered: false, title: 'any' },
];

export interface HeadingMatch {
  /** The appendix number as a Roman numeral ("01" gives "I"), or null when unnumbered. */
  numeral: string | null;
  /** The appendix number, from a Roman or an Arabic numeral, or null when unnumbered. */
  number: number | null;
}

const NUMBER_TOKEN = /^(?:so\s+)?([ivxl]+|\d{1,2})(?=$|[\s:.\-–—)])/;
const TITLE_SEPARATOR = /^[:.\-–—]/;

/** Reads a line as an appendix heading ("PHỤ LỤC II", "Phụ lục 01: …", "BẢNG PHÂN CÔNG NHIỆM VỤ"), or null. */
export function appendixHeading(line: string): HeadingMatch | null {
  // Markdown conversions may print the heading as "# PHỤ LỤC" or "**PHỤ LỤC**".
  const printed = line
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/\*\*/g, '')
    .trim();
  const folded = fold(printed);
  for (const wording of HEADING_WORDINGS) {
    const words = fold(wording.words);
    if (!folded.startsWith(words)) continue;
    let rest = folded.slice(words.length);
    if (rest !== '' && !/^[\s:.\-–—]/.test(rest)) continue;
    rest = rest.trim();
    let number: number | null = null;
    const token = wording.numbered ? NUMBER_TOKEN.exec(rest) : null;
    if (token) {
      const digits = token[1] ?? '';
      number = /^\d+$/.test(digits) ? Number(digits) : romanValue(digits.toUpperCase());
      if (number !== null && number > 0) rest = rest.slice(token[0].length).trim();
      else number = null;
    }
    const titled = rest === '' || TITLE_SEPARATOR.test(rest) || wording.title === 'any' || !/\p{Ll}/u.test(printed);
    if (!titled) continue;
    return { number, numeral: number !== null ? toRoman(number) : null };
  }
  return null;
}

/** The known headings in plain words, generated from HEADING_WORDINGS. */
export function knownHeadings(): string {
  return HEADING_WORDINGS.map((wording) => `"${wording.words.toUpperCase()}"${wording.numbered ? ' (optionally numbered: "II", "01")' : ''}`).join(' or ');
}
