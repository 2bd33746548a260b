/**
 * Reads the tasks of a plan that has no task table: its tasks are written as
 * paragraphs under one paragraph per PAPI dimension, as in Lai Châu's
 * Kế hoạch 1331/KH-UBND:
 *
 *   1.1. Chỉ số nội dung “Tham gia của người dân ở cấp cơ sở”.
 *   a) <task>. Cơ quan chủ trì: …; cơ quan phối hợp: …; thời gian thực hiện: …
 *   - <an action of task a>
 *   b) <task> …
 *
 * The dimension comes from the heading's NAME (dimensionOf): the number printed
 * before it is section numbering, not a PAPI code, and tasks never get a
 * sub-dimension from their numbering. Lead, partners and time are taken only
 * where the text states them; what it does not state stays empty and is
 * reported, never guessed. Agency matching and deadline parsing are left to the
 * caller (buildTask in plan-import.ts), exactly as for table rows.
 */
import { fold } from '../text/fold.ts';
import { romanValue } from './roman.ts';
import type { DraftTask, RoleCells } from './rows.ts';

export interface NarrativeHeading {
  /** 1-based line of the dimension paragraph. */
  line: number;
  /** Number as printed before the name ("1.1", "I", "1"), or "". */
  printed: string;
  /** Dimension name as printed, without quotes or trailing punctuation. */
  name: string;
  dimension: number | null;
}

export interface NarrativePlanReading {
  /** Dimension paragraphs found; none means the text is not a narrative plan. */
  headings: NarrativeHeading[];
  tasks: DraftTask[];
  warnings: string[];
}

type Role = 'lead' | 'partners' | 'deadline';
type MarkerKind = 'numbered' | 'lettered' | 'dash' | 'plus';

interface Marker {
  kind: MarkerKind;
  /** "a", "1.2", or "" for bullets. */
  label: string;
  /** Number of components of a numbered item ("1.2" → 2). */
  depth: number;
  rest: string;
}

const ROMAN_PREFIX = /^([IVXL]+)\.\s+(.+)$/u;
/** "1. …", "1.1. …" or "1.1 …" (two-digit components at most, so a year does not count). */
const NUMBER_PREFIX = /^(\d{1,2}(?:\.\d{1,2})*)(?:\.\s*|\s+(?=\p{L}))(.+)$/u;
const LETTER_PREFIX = /^([a-zđ])\)\s*(.+)$/u;
const BULLET_PREFIX = /^([-+•–])\s*(.+)$/u;
/** "Chỉ số 1: …", "Chỉ số nội dung “…”", "Chỉ số thành phần …". */
const INDEX_HEADING = /^Chỉ số(\s+nội dung|\s+thành phần)?(?:\s+(\d))?\s*[:.–-]?\s*(.*)$/iu;

/** Where the tasks start: a Roman-numbered or capitalised heading of the tasks section. */
const TASKS_SECTION = /^(nhiem vu|cac nhiem vu|noi dung thuc hien|noi dung nhiem vu|giai phap)/;
/**
 * Where they end: the implementation heading (alone on its line: "Tổ chức thực hiện tốt …" is a task),
 * the recipients, the signature.
 */
const TASKS_END = /^(((?:[ivxl]+|\d+)\.\s*)?to chuc thuc hien[.:]?$|noi nhan\b|(tm|kt|tl|q)\.\s|tren day la\b)/;

/**
 * Labelled clauses that state an agency or a time. Each is moved out of the
 * task's text into its field; the label needs its colon, so prose that merely
 * mentions "phối hợp" is left alone.
 */
const CLAUSE =
  /(?<!\p{L})(?:(?<lead>cơ quan chủ trì(?: thực hiện)?|đơn vị chủ trì(?: thực hiện)?|chủ trì thực hiện|chủ trì|cơ quan thực hiện|đơn vị thực hiện)|(?<partners>cơ quan phối hợp(?: thực hiện)?|đơn vị phối hợp(?: thực hiện)?|phối hợp thực hiện|phối hợp)|(?<deadline>thời gian thực hiện|thời gian hoàn thành|thời hạn hoàn thành|thời hạn thực hiện|thời gian|thời hạn))\s*:/giu;
/** "Giao Phòng Nội vụ chủ trì, phối hợp với UBND cấp xã thực hiện": a sentence of the text, read but kept. */
const ASSIGNMENT =
  /(?<!\p{L})Giao\s+(.+?)\s+chủ trì(?:\s*,?\s*phối hợp với\s+(.+?))?(?=\s+(?:thực hiện|triển khai|tổ chức thực hiện|tham mưu|hướng dẫn)(?!\p{L})|\s*[.;]|$)/u;

function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A printed name without its quotes and trailing punctuation. */
function cleanName(text: string): string {
  return text
    .replace(/[“”"]/g, '')
    .replace(/[\s.:;,]+$/u, '')
    .trim();
}

/**
 * The dimension's name in a heading's text: the quoted name if there is one
 * ("Chỉ số nội dung “Tham gia …”: phấn đấu …"), else the text before a colon.
 */
function headingName(text: string): string {
  const quoted = /[“"]([^”"]+)[”"]/.exec(text);
  if (quoted) return cleanName(quoted[1] ?? '');
  const colon = text.indexOf(':');
  return cleanName(colon >= 0 ? text.slice(0, colon) : text);
}

function markerOf(line: string): Marker | null {
  const lettered = LETTER_PREFIX.exec(line);
  if (lettered) return { kind: 'lettered', label: lettered[1] ?? '', depth: 0, rest: lettered[2] ?? '' };
  const numbered = NUMBER_PREFIX.exec(line);
  if (numbered) {
    const label = numbered[1] ?? '';
    return { kind: 'numbered', label, depth: label.split('.').length, rest: numbered[2] ?? '' };
  }
  const bullet = BULLET_PREFIX.exec(line);
  if (bullet) return { kind: bullet[1] === '+' ? 'plus' : 'dash', label: '', depth: 0, rest: bullet[2] ?? '' };
  return null;
}

interface HeadingCandidate {
  printed: string;
  /** The number printed before the name, where it may stand for the dimension ("Chỉ số 1", "I.", "1."). */
  printedNumber: number | null;
  name: string;
  /** Depth of the section number before the heading, or null when it has none. */
  depth: number | null;
  /** "Chỉ số …": a dimension paragraph whatever its name says. */
  indexWording: boolean;
}

/** Splits a line into a possible heading: its section number and its text. */
function headingCandidate(line: string): HeadingCandidate | null {
  const roman = ROMAN_PREFIX.exec(line);
  const numbered = roman ? null : NUMBER_PREFIX.exec(line);
  const rest = roman ? (roman[2] ?? '') : numbered ? (numbered[2] ?? '') : line;
  const printed = roman ? (roman[1] ?? '') : numbered ? (numbered[1] ?? '') : '';
  const depth = numbered ? printed.split('.').length : null;
  const sectionNumber = roman ? romanValue(printed) : depth === 1 ? Number(printed) : null;
  const index = line.length <= 200 ? INDEX_HEADING.exec(rest) : null;
  if (index) {
    const name = headingName(index[3] ?? '');
    const stated = index[2] ? Number(index[2]) : null;
    // "Chỉ số PAPI của tỉnh năm 2024 …" in running text is not a heading: a heading names, numbers or quotes its index.
    if (index[1] || stated !== null || /[“"]/.test(rest)) {
      return { printed: stated !== null && !printed ? String(stated) : printed, printedNumber: stated ?? sectionNumber, name, depth, indexWording: true };
    }
  }
  if (!roman && !numbered) return null;
  return { printed, printedNumber: sectionNumber, name: headingName(rest), depth, indexWording: false };
}

/** Where the tasks section begins (0-based index of its first line). */
function tasksStart(lines: readonly string[]): number {
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').trim();
    if (!line || line.length > 100) continue;
    const roman = ROMAN_PREFIX.exec(line);
    const capitalised = line === line.toUpperCase() && /\p{Lu}/u.test(line);
    if (!roman && !capitalised) continue;
    if (TASKS_SECTION.test(fold(roman ? (roman[2] ?? '') : line))) return index + 1;
  }
  return 0;
}

interface OpenTask {
  line: number;
  ref: string | null;
  baseKey: string;
  heading: NarrativeHeading;
  /** Printed lines: the first without its item marker, continuations as printed. */
  lines: string[];
}

/** The clauses moved out of a task, and its text without them. */
export interface TaskClauses {
  text: string[];
  lead: string;
  partners: string;
  deadline: string;
}

/**
 * Moves the labelled clauses ("Cơ quan chủ trì: …; thời gian: …") out of a
 * task's lines. They are read to the end of their line (or to the closing
 * parenthesis around them), so the text keeps everything printed before them
 * verbatim. A "Giao … chủ trì, phối hợp với …" sentence is prose: it stays in
 * the text, and is read for the lead and partners only when no labelled clause
 * states them.
 */
export function extractClauses(lines: readonly string[]): TaskClauses {
  const found: Record<Role, string[]> = { lead: [], partners: [], deadline: [] };
  const text: string[] = [];
  for (const line of lines) {
    const matches = [...line.matchAll(CLAUSE)];
    const first = matches[0];
    if (!first) {
      text.push(line);
      continue;
    }
    let before = line.slice(0, first.index);
    let block = line.slice(first.index);
    let after = '';
    if (/\(\s*$/.test(before)) {
      const close = block.indexOf(')');
      if (close >= 0) {
        after = block.slice(close + 1);
        block = block.slice(0, close);
      }
      before = before.replace(/\s*\(\s*$/, '');
    }
    const clauses = [...block.matchAll(CLAUSE)];
    clauses.forEach((clause, position) => {
      const role: Role = clause.groups?.lead ? 'lead' : clause.groups?.partners ? 'partners' : 'deadline';
      const start = (clause.index ?? 0) + clause[0].length;
      const end = clauses[position + 1]?.index ?? block.length;
      const value = block
        .slice(start, end)
        .trim()
        .replace(/[\s;,.]+$/u, '');
      if (value) found[role].push(value);
    });
    const rest = after.trim();
    const kept = `${before.replace(/[\s;,:–-]+$/u, '')}${rest && !/^[.,;:]/.test(rest) ? ' ' : ''}${rest}`.trim();
    if (kept && !/^[-+•–]$/.test(kept)) text.push(kept);
  }
  if (found.lead.length === 0) {
    const assignment = ASSIGNMENT.exec(text.join(' '));
    if (assignment) {
      found.lead.push((assignment[1] ?? '').trim());
      if (found.partners.length === 0 && assignment[2]) found.partners.push(assignment[2].trim());
    }
  }
  return { text, lead: found.lead.join('; '), partners: found.partners.join('; '), deadline: found.deadline.join('; ') };
}

/** Joins a line cut mid-sentence ("... theo phân cấp" / "của Luật ...") to the line before. */
function appendLine(task: OpenTask, line: string): void {
  const previous = task.lines.at(-1);
  if (previous !== undefined && startsLowercase(line) && !/[.:;!?…)"”]$/u.test(previous)) {
    task.lines[task.lines.length - 1] = `${previous} ${line}`;
  } else {
    task.lines.push(line);
  }
}

/** Reads the dimension paragraphs and their tasks. `dimensionOf` maps a printed name to 1–8 or null. */
export function readNarrativePlan(lines: readonly string[], dimensionOf: (name: string) => number | null): NarrativePlanReading {
  const reading: NarrativePlanReading = { headings: [], tasks: [], warnings: [] };
  const open: OpenTask[] = [];
  const keyCount = new Map<string, number>();
  /** Depth of the section numbers of the dimension paragraphs, once one is found (null: they carry none). */
  let headingDepth: number | null | undefined;
  let heading: NarrativeHeading | null = null;
  let taskMarker: Marker | null = null;
  let task: OpenTask | null = null;

  const closeDimension = () => {
    if (heading && !open.some((entry) => entry.heading === heading)) {
      reading.warnings.push(`line ${heading.line}: dimension paragraph "${heading.name}" has no tasks under it`);
    }
    heading = null;
    taskMarker = null;
    task = null;
  };

  for (let index = tasksStart(lines); index < lines.length; index += 1) {
    const line = (lines[index] ?? '').trim();
    // Blank lines and page numbers left by the conversion carry no text.
    if (!line || /^\d{1,3}$/.test(line)) continue;
    if (TASKS_END.test(fold(line))) break;

    // Dimension paragraphs and the sections around them.
    const candidate = headingCandidate(line);
    if (candidate) {
      const byName = dimensionOf(candidate.name);
      const isRoman = ROMAN_PREFIX.test(line) && !candidate.indexWording;
      const sibling = candidate.depth !== null && headingDepth !== undefined && candidate.depth === headingDepth;
      const shallower = candidate.depth !== null && typeof headingDepth === 'number' && candidate.depth < headingDepth;
      const plainHeading =
        byName !== null && wordCount(candidate.name) <= 12 && !/[;,]$/.test(line) && (headingDepth === undefined ? candidate.depth !== null : sibling);
      if (candidate.indexWording || (isRoman && byName !== null && wordCount(candidate.name) <= 15) || (!isRoman && plainHeading)) {
        closeDimension();
        if (headingDepth === undefined) headingDepth = candidate.depth;
        // Only a lone number can stand for the dimension ("Chỉ số 1", "I.", "1."); "1.1." is section numbering.
        if (byName !== null && candidate.printedNumber !== null && byName !== candidate.printedNumber) {
          reading.warnings.push(
            `line ${index + 1}: heading "${candidate.name}" is numbered ${candidate.printedNumber} but names dimension ${byName}; using ${byName}`,
          );
        }
        if (byName === null) {
          reading.warnings.push(`line ${index + 1}: heading "${candidate.name}" names no PAPI dimension; its tasks are filed under no dimension`);
        }
        heading = { line: index + 1, printed: candidate.printed, name: candidate.name, dimension: byName };
        reading.headings.push(heading);
        continue;
      }
      // Another section at the level of the dimension paragraphs, or above it, ends the dimension.
      if (isRoman || shallower || sibling) {
        if (heading && sibling) {
          reading.warnings.push(`line ${index + 1}: section "${candidate.name}" names no PAPI dimension; its items are not read as tasks`);
        }
        closeDimension();
        continue;
      }
    }
    if (!heading) continue;
    const current: NarrativeHeading = heading;

    // Tasks: the first kind of item under a dimension paragraph is its task level; anything else continues the task above.
    const marker = markerOf(line);
    const numberedDeeper = marker?.kind === 'numbered' && (headingDepth === null || headingDepth === undefined || marker.depth > headingDepth);
    const isItem = marker !== null && (marker.kind !== 'numbered' || numberedDeeper);
    if (isItem && taskMarker === null) taskMarker = marker;
    const startsTask = isItem && taskMarker !== null && marker.kind === taskMarker.kind && marker.depth === taskMarker.depth;
    if (startsTask) {
      const base = current.dimension !== null ? String(current.dimension) : current.printed || '?';
      let ref: string | null = null;
      let baseKey = base;
      if (marker.kind === 'lettered') {
        ref = `${base}.${marker.label}`;
        baseKey = `${base}-${marker.label}`;
      } else if (marker.kind === 'numbered') {
        ref = marker.label;
        // Numbered within the section ("1.1.2" under "1.1.") or afresh under each paragraph ("1." under "Chỉ số 2").
        baseKey = current.printed && ref.startsWith(`${current.printed}.`) ? ref.replace(/\./g, '-') : `${base}-${ref.replace(/\./g, '-')}`;
      }
      const count = (keyCount.get(baseKey) ?? 0) + 1;
      keyCount.set(baseKey, count);
      if (ref !== null && count > 1) reading.warnings.push(`line ${index + 1}: task ${ref} is printed twice; the second gets the id suffix "-${count}"`);
      task = { line: index + 1, ref, baseKey: count === 1 ? baseKey : `${baseKey}-${count}`, heading: current, lines: [marker.rest] };
      open.push(task);
      continue;
    }
    // Text between a dimension paragraph and its first task introduces the tasks; it is not one.
    if (task) appendLine(task, line);
  }
  closeDimension();

  for (const entry of open) {
    const clauses = extractClauses(entry.lines);
    const ref = entry.ref ?? '(unnumbered)';
    if (!clauses.lead) reading.warnings.push(`line ${entry.line}: task ${ref} states no lead agency; the lead is left empty`);
    if (!clauses.deadline) reading.warnings.push(`line ${entry.line}: task ${ref} states no time; the deadline is left empty`);
    const cells: RoleCells = {
      ref: entry.ref ?? '',
      label: '',
      text: clauses.text.join('\n'),
      lead: clauses.lead,
      partners: clauses.partners,
      output: '',
      deadline: clauses.deadline,
    };
    reading.tasks.push({
      line: entry.line,
      ref: entry.ref,
      key: entry.baseKey,
      baseKey: entry.baseKey,
      dimension: entry.heading.dimension,
      // The numbering is the plan's own; it never says which sub-dimension a task serves.
      subdimensionLabel: null,
      printedSubdimension: null,
      group: null,
      cells,
    });
  }
  return reading;
}
