/**
 * The spreadsheet files (/data/*.csv, /data/tasks.xlsx): the published records
 * with Vietnamese headers and labels, the plan's title and places, one text
 * column and absolute addresses, so that a reader who opens them in Excel or
 * LibreOffice needs neither the JSON Schema nor the site to understand a row.
 *
 * The rule for spreadsheets: UTF-8 with a byte-order mark (Excel then reads
 * Vietnamese correctly), ',' between cells, CRLF after every record, and a cell
 * holding a line break, a ',' or a '"' is quoted as RFC 4180 says (a line break
 * inside a cell is LF). Excel set to Vietnamese regional settings expects ';'
 * between cells, so the same rows are also published as .xlsx, which every
 * spreadsheet program opens whatever its settings.
 */
import type { z } from 'astro/zod';
import { t, type UiKey } from '../../i18n/index.ts';
import type { Locality } from '../../schemas/locality.ts';
import type { Plan } from '../../schemas/plan.ts';
import {
  localitySheetSchema,
  progressSheetSchema,
  scoreSheetSchema,
  taskSheetSchema,
  type LocalitySheetRow,
  type ProgressSheetRow,
  type PublishedLocality,
  type PublishedProgress,
  type PublishedScore,
  type PublishedTask,
  type ScoreSheetRow,
  type TaskSheetRow,
} from '../../schemas/open-data.ts';
import { permalinkFor } from '../deploy/site-url.ts';
import type { Geography } from '../geography/places.ts';
import { sourceLinePath } from '../routes/urls.ts';

export interface SheetContext {
  plans: readonly Plan[];
  localities: readonly Locality[];
  places: Geography | null;
  /** The public address (SITE_URL), or null: addresses are then paths from the site root. */
  site: string | null;
}

/** The header row of a sheet: its schema's keys, in order. */
export function sheetHeader(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}

export type SheetCell = string | number | null;

/** Rows of a sheet with typed cells (numbers stay numbers, for .xlsx): the header, then each record's cells. */
export function sheetTable(schema: z.ZodObject, records: ReadonlyArray<Record<string, SheetCell>>): SheetCell[][] {
  const header = sheetHeader(schema);
  return [header, ...records.map((record) => header.map((column) => record[column] ?? null))];
}

/**
 * Rows of a sheet as text, for CSV: the header, then each record's cells (null as empty).
 * `decimals` fixes the decimals of the numbers of the columns it names (see SCORE_DECIMALS).
 */
export function sheetRows(schema: z.ZodObject, records: ReadonlyArray<Record<string, SheetCell>>, decimals: Readonly<Record<string, number>> = {}): string[][] {
  const [header = [], ...rows] = sheetTable(schema, records);
  const places = header.map((column) => decimals[String(column)]);
  const text = (cell: SheetCell, column: number) => {
    if (cell === null) return '';
    const fixed = places[column];
    return typeof cell === 'number' && fixed !== undefined ? cell.toFixed(fixed) : String(cell);
  };
  return [header.map((cell) => String(cell)), ...rows.map((row) => row.map(text))];
}

/** A task's text with each bullet item its text does not already hold, once: the spreadsheet's one text column. */
export function sheetText(text: string, actions: readonly string[]): string {
  const missing = actions.filter((action) => !text.includes(action));
  return [text, ...missing.map((action) => `- ${action}`)].filter((line) => line !== '').join('\n');
}

/** A province's name then (its locality's full name) and the province(s) covering its area since 1 July 2025. */
export function provinceThenAndNow(provinceId: string, context: Pick<SheetContext, 'localities' | 'places'>): { then: string; now: string } {
  const localities = new Map(context.localities.map((locality) => [locality.id, locality]));
  const nameOf = (id: string) => localities.get(id)?.full_name ?? context.places?.newProvinceById.get(id)?.full_name ?? id;
  const old = context.places?.oldProvinceById.get(provinceId);
  const change = localities.get(provinceId)?.change_2025;
  const into = old ? old.into : change?.kind === 'merged' && change.into ? [change.into] : [provinceId];
  return { then: nameOf(provinceId), now: into.map(nameOf).join('; ') };
}

function statusLabel(status: string): string {
  return t('vi', `status.${status}` as UiKey);
}

export function taskSheet(tasks: readonly PublishedTask[], context: SheetContext): TaskSheetRow[] {
  const plans = new Map(context.plans.map((plan) => [plan.id, plan]));
  const localities = new Map(context.localities.map((locality) => [locality.id, locality]));
  const provinces = new Map<string, { then: string; now: string }>();
  return tasks.map((task) => {
    const plan = plans.get(task.plan);
    if (!plan) throw new Error(`task ${task.id}: plan ${task.plan} not found`);
    const province = provinces.get(plan.province) ?? provinceThenAndNow(plan.province, context);
    provinces.set(plan.province, province);
    return taskSheetSchema.parse({
      'Mã nhiệm vụ': task.id,
      'Tên kế hoạch': plan.title,
      'Mã kế hoạch': plan.id,
      'Cơ quan ban hành': plan.issuer,
      'Địa phương ban hành': localities.get(plan.locality)?.full_name ?? plan.locality,
      'Tỉnh khi ban hành': province.then,
      'Tỉnh hiện nay (từ 01/07/2025)': province.now,
      'Phụ lục': plan.parts.length > 1 ? (plan.parts.find((part) => part.id === task.part)?.title ?? '') : '',
      'Số thứ tự': task.ref,
      'Chỉ số PAPI': task.dimension,
      'Chỉ số thành phần': task.subdimension,
      'Nội dung chỉ số thành phần (nguyên văn)': task.subdimension_label,
      'Nhóm hoạt động': task.group,
      'Nội dung nhiệm vụ (nguyên văn)': sheetText(task.text, task.actions),
      'Cơ quan chủ trì': task.lead.join('; '),
      'Cơ quan chủ trì (nguyên văn)': task.lead_printed,
      'Cơ quan phối hợp': task.partners.join('; '),
      'Cơ quan phối hợp (nguyên văn)': task.partners_printed,
      'Sản phẩm': task.output,
      'Thời hạn (nguyên văn)': task.deadline,
      'Hạn chót suy ra (năm-tháng-ngày)': task.due,
      'Thường xuyên, định kỳ': task.recurring ? 'có' : 'không',
      'Tình trạng': statusLabel(task.status),
      'Đường dẫn': permalinkFor(task.url, context.site),
      'Dòng trong văn bản gốc': task.source_line,
      'Văn bản gốc': permalinkFor(sourceLinePath(plan.id, task.source_line), context.site),
    });
  });
}

export function progressSheet(updates: readonly PublishedProgress[], context: SheetContext): ProgressSheetRow[] {
  const plans = new Map(context.plans.map((plan) => [plan.id, plan]));
  return updates.map((update) =>
    progressSheetSchema.parse({
      'Mã nhiệm vụ': update.task,
      'Mã kế hoạch': update.plan,
      'Tên kế hoạch': plans.get(update.plan)?.title ?? '',
      Ngày: update.date,
      'Tình trạng': statusLabel(update.status),
      'Văn bản báo cáo': update.source_title,
      'Số văn bản': update.source_number,
      'Ngày văn bản': update.source_date,
      'Địa chỉ văn bản': update.source_url,
      'Ghi chú': update.note,
      'Đường dẫn': permalinkFor(update.url, context.site),
    }),
  );
}

/**
 * PAPI prints its scores with four decimals, and so does papi-scores.csv ("44.2950", not "44.295"):
 * LibreOffice with Vietnamese settings, where "." groups thousands, reads "44.295" as 44295 but
 * leaves "44.2950" as text (checked by src/__sheets__/libreoffice.test.ts). The .xlsx has numbers.
 */
export const SCORE_DECIMALS: Readonly<Record<string, number>> = Object.fromEntries(
  ['Chỉ số 1', 'Chỉ số 2', 'Chỉ số 3', 'Chỉ số 4', 'Chỉ số 5', 'Chỉ số 6', 'Chỉ số 7', 'Chỉ số 8', 'Tổng điểm (trên 80)'].map((column) => [column, 4]),
);

export function scoreSheet(scores: readonly PublishedScore[], site: string | null): ScoreSheetRow[] {
  return scores.map((score) =>
    scoreSheetSchema.parse({
      'Mã tỉnh (trước 01/07/2025)': score.province_id,
      'Tỉnh (tên PAPI)': score.province,
      'Tên trên cổng': score.province_name,
      Năm: score.year,
      'Chỉ số 1': score.d1,
      'Chỉ số 2': score.d2,
      'Chỉ số 3': score.d3,
      'Chỉ số 4': score.d4,
      'Chỉ số 5': score.d5,
      'Chỉ số 6': score.d6,
      'Chỉ số 7': score.d7,
      'Chỉ số 8': score.d8,
      'Tổng điểm (trên 80)': score.total,
      'Nhóm (tứ phân vị)': score.group ? t('vi', `scores.group.${score.group}`) : null,
      Nguồn: score.source,
      'Địa chỉ nguồn': score.source_url,
      'Đường dẫn': permalinkFor(score.url, site),
    }),
  );
}

export function localitySheet(localities: readonly PublishedLocality[], site: string | null): LocalitySheetRow[] {
  return localities.map((locality) =>
    localitySheetSchema.parse({
      'Mã địa phương': locality.id,
      Tên: locality.name,
      'Tên đầy đủ': locality.full_name,
      Cấp: locality.type,
      Thuộc: locality.parent,
      'Thay đổi năm 2025': locality.change_2025,
      'Nay thuộc (mã)': locality.now_in,
      'Nay thuộc': locality.now_in_name,
      'Ngày hiệu lực': locality.effective,
      'Căn cứ': locality.change_source,
      'Đường dẫn': permalinkFor(locality.url, site),
    }),
  );
}
