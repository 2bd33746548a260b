/**
 * Reads a printed deadline ("Quý IV/2021", "Thường xuyên (2021-2025)",
 * "Sau khi UBND tỉnh phê duyệt") into what can honestly be derived from it.
 * The printed text is always kept; nothing is derived that the text does not say.
 */
import type { Deadline } from '../../schemas/deadline.ts';
import { fold } from '../text/fold.ts';

export interface YearRange {
  from: number;
  to: number;
}

const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Last day of a month, as yyyy-mm-dd. */
export function endOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

function endOfQuarter(year: number, quarter: number): string {
  return endOfMonth(year, quarter * 3);
}

function startOfQuarter(year: number, quarter: number): string {
  return `${year}-${pad(quarter * 3 - 2)}-01`;
}

/** Years printed as a range "2021-2025" (spaces and line-break hyphens allowed) or alone. */
function printedRange(folded: string): YearRange | null {
  const range = /(20\d\d)\s*[-–]\s*(20\d\d)/.exec(folded);
  if (range) return { from: Number(range[1]), to: Number(range[2]) };
  return null;
}

function singleYear(folded: string): number | null {
  const years = [...folded.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((match) => Number(match[1]));
  const unique = [...new Set(years)];
  return unique.length === 1 ? (unique[0] ?? null) : null;
}

interface QuarterMention {
  quarter: number;
  year: number | null;
  label: string;
}

/** Every "quý III/2021" or "quý II" in the text, in order. */
function quarterMentions(original: string): QuarterMention[] {
  const folded = fold(original);
  const mentions: QuarterMention[] = [];
  for (const match of folded.matchAll(/quy\s+(iv|iii|ii|i)\b(?:\s*\/\s*(20\d\d))?/g)) {
    const quarter = ROMAN_QUARTERS[match[1] ?? ''];
    if (!quarter) continue;
    mentions.push({ quarter, year: match[2] ? Number(match[2]) : null, label: match[0] });
  }
  return mentions;
}

/** Splits "Ban hành Kế hoạch trong quý III/2021; kết luận kiểm tra trong quý IV/2021" into its steps. */
function steps(text: string): string[] {
  return text
    .split(/\s*;\s*|\s+và\s+(?=triển khai)/u)
    .map((step) => step.trim())
    .filter(Boolean);
}

const RECURRING: Array<[RegExp, Deadline['frequency']]> = [
  [/\btheo nhiem ky\b/, 'term'],
  [/\bhang quy\b|\bdau quy\b/, 'quarterly'],
  [/\bhang nam\b/, 'annual'],
  [/\bthuong xuyen\b/, 'continuous'],
];

/** Wording that ties a deadline to an event, another plan or a rule rather than a date. */
const CONDITIONAL = /^(theo|sau khi|sau|truoc|ngay sau|ngay khi|khi|thuc hien theo)\b/;

/**
 * Parses a deadline cell. `period` is the plan's (or appendix part's) period:
 * it supplies the year when the cell prints none ("Hoàn thành trong quý II, quý III").
 */
export function parseDeadline(printed: string | null, period: YearRange): Deadline {
  const base: Omit<Deadline, 'text' | 'kind'> = { due: null, start: null, recurring: false, frequency: null, period: null, milestones: [], condition: null };
  if (printed === null || printed.trim() === '') {
    return { ...base, text: null, kind: 'none' };
  }
  const text = printed.replace(/\s+/g, ' ').trim();
  const folded = fold(text).replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, '');
  const range = printedRange(folded);
  const year = singleYear(folded);
  const planYear = period.from === period.to ? period.from : null;

  // Recurring wording wins over a printed range: "Thường xuyên (2021-2025)" recurs within 2021–2025.
  for (const [pattern, frequency] of RECURRING) {
    if (pattern.test(folded)) {
      const within = range ?? (year !== null ? { from: year, to: year } : period);
      return { ...base, text, kind: 'recurring', recurring: true, frequency, period: within };
    }
  }

  // Quarters, possibly several steps: the latest one is the due date.
  const quarters = quarterMentions(text);
  if (quarters.length > 0) {
    const resolved = quarters.map((mention) => ({ ...mention, year: mention.year ?? planYear }));
    if (resolved.every((mention) => mention.year !== null)) {
      const dueDates = resolved.map((mention) => endOfQuarter(mention.year as number, mention.quarter));
      const sorted = [...dueDates].sort();
      const first = resolved[0];
      const milestones =
        steps(text).length > 1
          ? steps(text).flatMap((step) => {
              const stepQuarters = quarterMentions(step).map((mention) => ({ ...mention, year: mention.year ?? planYear }));
              const last = stepQuarters.at(-1);
              return last && last.year !== null ? [{ label: step, due: endOfQuarter(last.year, last.quarter) }] : [];
            })
          : [];
      const rest = steps(text).filter((step) => quarterMentions(step).length === 0);
      return {
        ...base,
        text,
        kind: 'date',
        due: sorted.at(-1) ?? null,
        start: first && first.year !== null ? startOfQuarter(first.year, first.quarter) : null,
        period: { from: Number(sorted[0]?.slice(0, 4)), to: Number(sorted.at(-1)?.slice(0, 4)) },
        milestones,
        condition: rest.length > 0 ? rest.join('; ') : null,
      };
    }
  }

  const month = /thang\s+(\d{1,2})\s*\/\s*(20\d\d)/.exec(folded);
  if (month) {
    const monthNumber = Number(month[1]);
    const monthYear = Number(month[2]);
    if (monthNumber >= 1 && monthNumber <= 12) {
      return {
        ...base,
        text,
        kind: 'date',
        due: endOfMonth(monthYear, monthNumber),
        start: `${monthYear}-${pad(monthNumber)}-01`,
        period: { from: monthYear, to: monthYear },
      };
    }
  }

  if (CONDITIONAL.test(folded)) {
    return { ...base, text, kind: 'conditional', period: range ?? (year !== null ? { from: year, to: year } : null), condition: text };
  }

  // "Năm 2023", "2021-2025", "Kiểm tra ít nhất 02 đợt trong năm 2021", "Năm 2023(sau khi ...)".
  if (range) {
    return { ...base, text, kind: 'date', due: `${range.to}-12-31`, start: `${range.from}-01-01`, period: range };
  }
  if (year !== null && /(^|\s)nam\s*20\d\d/.test(folded)) {
    const after = /\((.+)\)/.exec(text);
    return {
      ...base,
      text,
      kind: 'date',
      due: `${year}-12-31`,
      start: `${year}-01-01`,
      period: { from: year, to: year },
      condition: after?.[1] ?? null,
    };
  }

  return { ...base, text, kind: 'free_text' };
}
