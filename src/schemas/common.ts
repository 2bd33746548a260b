import { z } from 'astro/zod';

/** Lower-case, ASCII, hyphen-separated identifier used in URLs ("nga-nam-2021-1-a"). */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens only, e.g. "nga-nam-2021"');

/** A calendar date written as ISO 8601 (yyyy-mm-dd); the site shows it as dd/mm/yyyy. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as yyyy-mm-dd, e.g. 2023-06-14')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: 'this is not a real calendar date',
  });

/** An HTML tag or comment: no text field of any content kind may carry one. */
const MARKUP = /<\/?[a-z!][^>]*>/i;

/**
 * Text the site shows (titles, names, notes, deadlines…): non-empty and without HTML
 * markup — one rule for every content kind. The pages escape what they show, but the
 * same text goes into the feed, the CSV files and other people's tools.
 */
export const plainText = z
  .string()
  .min(1, 'must not be empty')
  .refine((value) => !MARKUP.test(value), {
    message: 'contains HTML markup (a <tag>); write plain text: markup would reach feed readers and spreadsheets as code',
  });

/** Text as printed in a source document: non-empty, already NFC-normalised by the importer. */
export const verbatim = z
  .string()
  .min(1, 'must not be empty')
  .refine((value) => value === value.normalize('NFC'), { message: 'must be Unicode NFC (run the importer, which normalises text)' })
  .refine((value) => !MARKUP.test(value), {
    message: 'contains HTML markup; source markup must be turned into plain text by the importer',
  });

/** A Vietnamese text with its English counterpart, for interface-facing explanations. */
export const bilingual = z.object({
  /** Vietnamese wording. */
  vi: plainText,
  /** English wording. */
  en: plainText,
});

/** Where a fact comes from: a document, a dataset or a page that states it. */
export const sourceRef = z.object({
  /** Title of the document or dataset, e.g. "PAPI 2022, UNDP Việt Nam và đối tác". */
  title: plainText.describe('name the document or dataset'),
  /** Document number as printed, e.g. "120/KH-UBND", when it has one. */
  number: plainText.nullable().default(null),
  /** Date of the document (yyyy-mm-dd), when known. */
  date: isoDate.nullable().default(null),
  /** Public address of the source, when it has one: http(s) only (a javascript: or data: address would be a link that runs code). */
  url: z
    .url({ protocol: /^https?$/, error: 'give the http(s) address where the source can be read (javascript:, data: and other schemes are refused)' })
    .nullable()
    .default(null),
});
