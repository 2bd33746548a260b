/**
 * Turns a plan document's text into its task and commitment entries.
 * Pure: it reads nothing from disk, so the CLI and the tests share it.
 */
import type { Agency } from '../../schemas/agency.ts';
import type { Commitment } from '../../schemas/commitment.ts';
import type { Dimension } from '../../schemas/dimension.ts';
import type { Locality } from '../../schemas/locality.ts';
import type { Plan } from '../../schemas/plan.ts';
import { taskSchema, type Task } from '../../schemas/task.ts';
import { commitmentSchema } from '../../schemas/commitment.ts';
import { nfc } from '../text/fold.ts';
import { AgencyMatcher } from './agency-match.ts';
import { cellLine, MarkupError, markupMessage, taskText } from './cell-text.ts';
import { romanValue } from './roman.ts';
import { parseDeadline } from './deadline.ts';
import { splitPairedEntries } from './paired-entries.ts';
import { dimensionOf } from './dimension-match.ts';
import { fileSubdimension, numberedByPapiCode, type SubdimensionFiling } from './subdimension-filing.ts';
import { implementationSections } from './narrative.ts';
import { readNarrativePlan } from './narrative-plan.ts';
import { readRows, type DraftTask } from './rows.ts';
import { findAppendices, ignoredColumnMessage, noTaskTableMessage, type Appendix } from './table.ts';

export interface ImportContext {
  plan: Plan;
  dimensions: readonly Dimension[];
  agencies: readonly Agency[];
  localities: readonly Locality[];
}

export interface UnmatchedAgency {
  name: string;
  lines: number[];
}

export interface ImportResult {
  tasks: Task[];
  commitments: Commitment[];
  /** Things an editor should look at; the import still succeeds. */
  warnings: string[];
  /** Things that stop the import: nothing is written. */
  errors: string[];
  /** Agency names no registry entry matches (also listed in errors). */
  unmatched: UnmatchedAgency[];
  /** Footnotes met in the tables, kept for the record. */
  footnotes: Array<{ line: number; text: string }>;
  /** Every task filed under a PAPI sub-dimension, and why. */
  subdimensions: SubdimensionFiling[];
}

/** Agencies a plan may name: its own locality's first, then its province's, then national bodies. */
export function candidateAgencies(plan: Plan, agencies: readonly Agency[], localities: readonly Locality[]): Agency[] {
  const chain: string[] = [];
  let current: string | null = plan.locality;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = localities.find((locality) => locality.id === current)?.parent ?? null;
  }
  if (!chain.includes(plan.province)) chain.push(plan.province);
  const rank = (agency: Agency) => {
    const position = chain.indexOf(agency.locality);
    return position >= 0 ? position : agency.level === 'national' ? chain.length : -1;
  };
  return agencies.filter((agency) => rank(agency) >= 0).sort((a, b) => rank(a) - rank(b));
}

function numberGaps(refs: string[]): string[] {
  const numbers = refs.filter((ref) => /^\d+$/.test(ref)).map(Number);
  const gaps: string[] = [];
  for (let index = 1; index < numbers.length; index += 1) {
    const previous = numbers[index - 1] ?? 0;
    const current = numbers[index] ?? 0;
    if (current > previous + 1) gaps.push(current === previous + 2 ? `${previous + 1}` : `${previous + 1}–${current - 1}`);
  }
  return gaps;
}

export function importPlan(rawText: string, context: ImportContext): ImportResult {
  const { plan, dimensions } = context;
  const result: ImportResult = { tasks: [], commitments: [], warnings: [], errors: [], unmatched: [], footnotes: [], subdimensions: [] };
  const text = nfc(rawText).replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const matcher = new AgencyMatcher(candidateAgencies(plan, context.agencies, context.localities));
  const unmatched = new Map<string, Set<number>>();
  const resolve = (cell: string | null, line: number): string[] => {
    const match = matcher.match(cell);
    for (const name of match.unmatched) {
      const lines = unmatched.get(name) ?? new Set<number>();
      lines.add(line);
      unmatched.set(name, lines);
    }
    return match.ids;
  };

  const layout = findAppendices(lines);
  const appendices = layout.appendices;
  if (layout.errors.length > 0) {
    result.errors.push(...layout.errors);
    return result;
  }
  if (appendices.length === 0) {
    // No table: the tasks may be written as paragraphs under one paragraph per dimension.
    const narrative = readNarrativePlan(lines, (name) => dimensionOf(dimensions, name));
    if (narrative.headings.length === 0) {
      result.errors.push(noTaskTableMessage());
      return result;
    }
    result.warnings.push(...narrative.warnings);
    if (narrative.tasks.length === 0)
      result.errors.push('the dimension paragraphs have no tasks under them: expected items "a)", "b)", "1.", "-" … below each');
    narrative.tasks.forEach((draft, index) => {
      try {
        result.tasks.push(
          buildTask(draft, {
            prefix: plan.id,
            part: null,
            order: index + 1,
            period: plan.period,
            plan,
            dimensions,
            resolve,
            footnotes: [],
            warnings: result.warnings,
            filings: result.subdimensions,
            // Narrative tasks carry no sub-dimension label or printed code: nothing to prove.
            numberedByCode: false,
            // The narrative reader has already reported a missing lead, in its own words.
            leadReported: true,
          }),
        );
      } catch (error) {
        result.errors.push(error instanceof MarkupError ? markupMessage(draft.line, error) : `line ${draft.line}: ${(error as Error).message}`);
      }
    });
  }
  if (plan.parts.length > 0 && appendices.length !== plan.parts.length) {
    result.errors.push(`plan.yaml declares ${plan.parts.length} parts but the document has ${appendices.length} appendix tables; make them agree`);
    return result;
  }

  let order = 0;
  appendices.forEach((appendix: Appendix, appendixIndex) => {
    const part = plan.parts.length > 0 ? (plan.parts[appendixIndex] ?? null) : null;
    if (part && appendix.numeral && romanValue(appendix.numeral) !== appendixIndex + 1) {
      result.warnings.push(`line ${appendix.line}: appendix "${appendix.title[0]}" is numbered out of order`);
    }
    const period = part?.period ?? plan.period;
    const reading = readRows(appendix.table, { grouping: plan.grouping, dimensionOf: (name) => dimensionOf(dimensions, name) });
    // A column with a header the importer does not know is the plan's own ("Ghi chú"): reported. Text under no
    // header at all comes from a cell split by a stray tab or "|": importing the row would lose it, so it stops.
    const headed = appendix.table.ignoredColumns.filter((ignored) => ignored.header !== '');
    result.warnings.push(...headed.map(ignoredColumnMessage), ...reading.warnings);
    result.errors.push(...overfullRows(appendix));
    result.errors.push(...reading.errors);
    result.footnotes.push(...appendix.table.footnotes);
    const prefix = part ? `${plan.id}-${part.id}` : plan.id;

    const numberedByCode = numberedByPapiCode(reading.tasks, dimensions);
    const gaps = numberGaps(reading.tasks.map((task) => task.ref ?? ''));
    if (gaps.length > 0) {
      result.warnings.push(`${part ? `${part.title}: ` : ''}the printed numbering skips ${gaps.join(', ')}; the references are kept as printed`);
    }

    const firstTask = result.tasks.length;
    for (const row of reading.tasks) {
      try {
        const paired = splitPairedEntries(row);
        if (paired.warning) result.warnings.push(paired.warning);
        for (const draft of paired.drafts) {
          order += 1;
          const footnotes = footnotesOf(draft, appendix.table.footnotes);
          result.tasks.push(
            buildTask(draft, {
              prefix,
              part: part?.id ?? null,
              order,
              period,
              plan,
              dimensions,
              resolve,
              footnotes,
              warnings: result.warnings,
              filings: result.subdimensions,
              numberedByCode,
            }),
          );
        }
      } catch (error) {
        if (error instanceof MarkupError) {
          result.errors.push(markupMessage(row.line, error));
        } else {
          result.errors.push(`line ${row.line}: ${(error as Error).message}`);
        }
      }
    }
    result.warnings.push(...emptyDeadlines(result.tasks.slice(firstTask), appendix, part?.title ?? null));

    for (const directive of reading.directives) {
      const id = directive.dimension !== null ? `${prefix}-directive-${directive.dimension}` : `${prefix}-lead-in-${directive.section}`;
      const candidate = {
        id,
        plan: plan.id,
        kind: 'directive',
        section: `${part ? `${part.title}, ` : 'Phụ lục, '}${directive.dimension !== null ? `chỉ số ${directive.section}` : `mục ${directive.section}`}`,
        heading: directive.heading || `Mục ${directive.section}`,
        text: directive.text,
        agencies: matcher.mentions(directive.text),
        dimension: directive.dimension,
        source_line: directive.line,
      };
      const parsed = commitmentSchema.safeParse(candidate);
      if (parsed.success) result.commitments.push(parsed.data);
      else result.errors.push(`line ${directive.line}: directive could not be read: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
    }
  });

  const firstAppendixLine = appendices[0]?.line ?? lines.length + 1;
  for (const section of implementationSections(lines, firstAppendixLine)) {
    const agencies = matcher.mentions(section.heading);
    if (agencies.length === 0 || section.paragraphs.length === 0) continue;
    const candidate = {
      id: `${plan.id}-${section.section
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`,
      plan: plan.id,
      kind: 'agency-duty',
      section: section.section,
      heading: section.heading,
      text: section.paragraphs.join('\n'),
      agencies,
      dimension: null,
      source_line: section.line,
    };
    const parsed = commitmentSchema.safeParse(candidate);
    if (parsed.success) result.commitments.push(parsed.data);
    else
      result.errors.push(`line ${section.line}: section ${section.section} could not be read: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  }

  result.unmatched = [...unmatched].map(([name, lineSet]) => ({ name, lines: [...lineSet].sort((a, b) => a - b) }));
  for (const entry of result.unmatched) {
    result.errors.push(
      `line ${entry.lines.join(', ')}: agency "${entry.name}" matches no entry of the agency registry; add it (or this spelling as an alias) to content/agencies/`,
    );
  }
  if (result.tasks.length === 0 && result.errors.length === 0) result.errors.push('the task table has no task rows');
  return result;
}

/** Rows with text beyond the header's last named column: a cell split by a tab or "|" inside it. */
function overfullRows(appendix: Appendix): string[] {
  const { table } = appendix;
  const unheaded = new Set(table.ignoredColumns.filter((ignored) => ignored.header === '').map((ignored) => ignored.column - 1));
  if (unheaded.size === 0) return [];
  const separator = table.format === 'pipe' ? '"|"' : 'tab';
  const headerWidth = table.header.reduce((width, cell, column) => (cell.trim() !== '' ? column + 1 : width), 0);
  return table.rows
    .filter((row) => !row.bare && row.cells.some((cell, column) => unheaded.has(column) && cell !== ''))
    .map((row) => {
      const lost = row.cells.filter((cell, column) => unheaded.has(column) && cell !== '').join(' / ');
      return `line ${row.line}: this row has ${row.cells.length} cells but the header (line ${table.headerLine}) names ${headerWidth} columns; the text "${cellLine(lost)}" is under no column and would be lost. A ${separator} inside a cell splits it: remove it${table.format === 'pipe' ? ' or write it as "\\|"' : ''}, or give the column a header, and import again`;
    });
}

/** The deadlines a table leaves empty, said once per table: no column at all, or the tasks whose cell is empty. */
function emptyDeadlines(tasks: readonly Task[], appendix: Appendix, partTitle: string | null): string[] {
  const where = partTitle ? `${partTitle}: ` : '';
  if (!appendix.table.roles.includes('deadline')) {
    return tasks.length > 0
      ? [`${where}line ${appendix.table.headerLine}: the table has no time column; none of its ${tasks.length} tasks has a deadline`]
      : [];
  }
  const empty = tasks.filter((task) => task.deadline.kind === 'none');
  if (empty.length === 0) return [];
  const list = empty.map((task) => `${task.ref ?? '(unnumbered)'} (line ${task.source_line})`).join(', ');
  return [`${where}${empty.length} task${empty.length === 1 ? '' : 's'} print${empty.length === 1 ? 's' : ''} no time, so no deadline: ${list}`];
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The table footnotes whose superscript mark appears in the row's cells. */
function footnotesOf(draft: DraftTask, footnotes: ReadonlyArray<{ text: string }>): string[] {
  const cells = Object.values(draft.cells).join(' ');
  const marks = new Set([...cells.matchAll(new RegExp(`[${SUPERSCRIPT_DIGITS}]+`, 'gu'))].map((match) => match[0]));
  return footnotes.filter((footnote) => [...marks].some((mark) => footnote.text.startsWith(`${mark} `))).map((footnote) => footnote.text);
}

interface BuildOptions {
  prefix: string;
  part: string | null;
  order: number;
  period: { from: number; to: number };
  plan: Plan;
  dimensions: readonly Dimension[];
  resolve: (cell: string | null, line: number) => string[];
  footnotes: string[];
  warnings: string[];
  filings: SubdimensionFiling[];
  /** The table's "d.s" numbers are PAPI codes (see subdimension-filing.ts). */
  numberedByCode: boolean;
  /** Whether the reader has already reported a task without a lead agency. */
  leadReported?: boolean;
}

function nullable(value: string): string | null {
  return value.trim() === '' ? null : value;
}

function buildTask(draft: DraftTask, options: BuildOptions): Task {
  const body = taskText(draft.cells.text);
  const leadPrinted = nullable(cellLine(draft.cells.lead));
  const partnersPrinted = nullable(cellLine(draft.cells.partners));
  const filed = fileSubdimension(draft, options.dimensions, options.numberedByCode);
  if (filed.warning) options.warnings.push(filed.warning);
  if (filed.filing) options.filings.push(filed.filing);
  const subdimension = filed.code;
  const candidate = {
    id: `${options.prefix}-${draft.key}`.replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-'),
    plan: options.plan.id,
    part: options.part,
    ref: draft.ref,
    order: options.order,
    dimension: draft.dimension,
    subdimension,
    subdimension_label: draft.subdimensionLabel,
    group: draft.group,
    text: body.text,
    actions: body.actions,
    lead: options.resolve(leadPrinted, draft.line),
    lead_printed: leadPrinted,
    partners: options.resolve(partnersPrinted, draft.line),
    partners_printed: partnersPrinted,
    output: nullable(cellLine(draft.cells.output)),
    deadline: parseDeadline(nullable(cellLine(draft.cells.deadline)), options.period),
    footnotes: options.footnotes,
    source_line: draft.line,
  };
  if (candidate.deadline.kind === 'free_text') {
    options.warnings.push(`line ${draft.line}: deadline "${candidate.deadline.text}" kept as free text (no date can be derived)`);
  }
  if (candidate.lead.length === 0 && leadPrinted === null && !options.leadReported) {
    options.warnings.push(`line ${draft.line}: task ${draft.ref ?? '(unnumbered)'} prints no lead agency`);
  }
  const parsed = taskSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new Error(`task ${candidate.id} is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return parsed.data;
}
