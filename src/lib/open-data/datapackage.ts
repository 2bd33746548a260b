/**
 * A Frictionless Data Package (datapackage.json) describing the open data,
 * so that tools can load and validate it without reading our documentation.
 */
import { z } from 'astro/zod';
import { OPEN_DATA_FILES } from './catalogue.ts';
import type { SiteData } from '../../data/site-data.ts';
import { communeSheetSchema, localitySheetSchema, progressSheetSchema, scoreSheetSchema, taskSheetSchema } from '../../schemas/open-data.ts';

/** How the CSV files are written, said once for the data package, the data page and the README. */
const SHEET_RULE =
  'UTF-8 with a byte-order mark, "," between cells, CRLF after each record; a cell with a line break, "," or \'"\' is quoted (RFC 4180) and a line break inside a cell is LF; a cell starting with =, +, -, @, a tab or CR gets a leading apostrophe so that no spreadsheet runs it as a formula.';

/** A CSV for spreadsheets, published with an .xlsx of the same rows. */
interface Sheet {
  name: string;
  title: string;
  description: string;
  schema: z.ZodObject;
  primaryKey: string | string[] | null;
}

const SHEETS: readonly Sheet[] = [
  {
    name: 'tasks',
    title: 'Tasks',
    description: "The records of tasks.json for spreadsheets: Vietnamese headers and statuses, the plan's title and places, the task's text in one column.",
    schema: taskSheetSchema,
    primaryKey: 'Mã nhiệm vụ',
  },
  {
    name: 'progress',
    title: 'Progress updates',
    description: 'The records of progress.json for spreadsheets.',
    schema: progressSheetSchema,
    primaryKey: null,
  },
  {
    name: 'papi-scores',
    title: 'PAPI scores of the provinces',
    description:
      'The records of papi-scores.json for spreadsheets; scores with four decimals as PAPI prints them and "." as the decimal mark. A spreadsheet with Vietnamese settings (where "." groups thousands) reads them as text: use papi-scores.xlsx, which keeps them as numbers.',
    schema: scoreSheetSchema,
    primaryKey: ['Mã tỉnh (trước 01/07/2025)', 'Năm'],
  },
  {
    name: 'localities',
    title: 'Localities',
    description: 'The records of localities.json for spreadsheets.',
    schema: localitySheetSchema,
    primaryKey: 'Mã địa phương',
  },
  {
    name: 'communes',
    title: 'Communes since 1 July 2025',
    description:
      'The records of communes.json for spreadsheets; the old communes of each in one cell, one per line. A spreadsheet opening the CSV reads the codes as numbers ("00070" becomes 70): use communes.xlsx, or import the code columns as text.',
    schema: communeSheetSchema,
    primaryKey: 'Mã xã',
  },
];

/** The spreadsheet files: each name is published as <name>.csv and <name>.xlsx. */
export const SPREADSHEETS: readonly string[] = SHEETS.map((sheet) => sheet.name);

/** A sheet's Frictionless fields: its Vietnamese header as the name, the English field name as the title. */
function sheetFields(schema: z.ZodObject, primaryKey: string | string[] | null): unknown {
  const fields = Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const meta = field.meta() as { title?: string; description?: string } | undefined;
    return { name, title: meta?.title ?? name, type: fieldType(field), description: meta?.description ?? field.description ?? '' };
  });
  return primaryKey ? { fields, primaryKey } : { fields };
}

/** Frictionless table-schema type of a published field (nullable fields keep their non-null type). */
export function fieldType(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as { type?: string | string[]; anyOf?: Array<{ type?: string }> };
  const types = [json.type, ...(json.anyOf ?? []).map((option) => option.type)]
    .flat()
    .filter((type): type is string => typeof type === 'string' && type !== 'null');
  const type = types[0];
  if (type === 'integer' || type === 'number' || type === 'boolean') return type;
  return 'string';
}

export interface PackageVersion {
  /** The latest version of content/data-changelog.yaml. */
  version: string | null;
  /** The build's date (yyyy-mm-dd), when the files were published. */
  created: string;
  /** SITE_URL, or null: the files' addresses are then paths from the site root. */
  publicSite: string | null;
}

export function dataPackage(data: SiteData, site: string, release: PackageVersion): unknown {
  const addresses = release.publicSite
    ? `Addresses are absolute, under ${release.publicSite}.`
    : 'This build was made without SITE_URL: addresses are paths from the root of the site the file was downloaded from.';
  const sources = [
    ...data.plans.map((plan) => ({ title: `${plan.issuer}: ${plan.title}`, path: `/nguon/${plan.source.file}` })),
    ...(data.scores.length > 0 ? [{ title: 'PAPI, UNDP Việt Nam và đối tác (papi-scores)', path: 'https://papi.org.vn' }] : []),
    ...(data.places
      ? [
          {
            title: 'Tổng cục Thống kê, danh mục đơn vị hành chính; Nghị quyết 1654–1687/NQ-UBTVQH15 ngày 16/06/2025, qua dự án mã nguồn mở dvhcvn (communes)',
            path: 'https://danhmuchanhchinh.gso.gov.vn',
          },
        ]
      : []),
  ];
  return {
    profile: 'data-package',
    name: 'papi-commitments',
    title: 'Cam kết cải thiện PAPI — PAPI improvement plans of Vietnamese local governments',
    description:
      'Tasks, responsible offices and deadlines from plans that People’s Committees issued to improve their PAPI results, imported verbatim from the source documents.',
    homepage: site,
    ...(release.version ? { version: release.version } : {}),
    created: release.created,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 (compilation); the plans themselves are public administrative documents',
      },
    ],
    sources,
    resources: [
      ...OPEN_DATA_FILES.map((file) => ({
        name: file.name,
        path: `${file.name}.json`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        title: file.title,
        description: file.description,
        schema: `${file.name}.schema.json`,
      })),
      ...SHEETS.map((sheet) => ({
        name: `${sheet.name}-csv`,
        path: `${sheet.name}.csv`,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        title: `${sheet.title} (CSV)`,
        description: `${sheet.description} ${SHEET_RULE} ${addresses}`,
        schema: sheetFields(sheet.schema, sheet.primaryKey),
      })),
      ...SHEETS.map((sheet) => ({
        name: `${sheet.name}-xlsx`,
        path: `${sheet.name}.xlsx`,
        format: 'xlsx',
        mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        title: `${sheet.title} (Excel workbook)`,
        description: `The rows and columns of ${sheet.name}.csv in one sheet, numbers as numbers and text verbatim (no apostrophe), for spreadsheets whose list separator is ";" (Excel with Vietnamese regional settings). ${addresses}`,
      })),
    ],
  };
}
