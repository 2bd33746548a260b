import { z } from 'astro/zod';
import { isoDate, slug } from './common.ts';

/** A required text field whose message says what to write, also when the field is missing. */
const text = (what: string) => z.string({ error: what }).min(1, what);

/**
 * One legal document of the register (content/legal/<id>.yaml): a law, resolution,
 * decree, decision or circular that a rights guide cites, or one that amends or
 * replaces such a document. Amendments and replacements are recorded once, on the
 * newer document (`amends`, `replaces`); what a document was amended or replaced by
 * is derived from them (src/lib/legal/register.ts), so the two can never disagree.
 */
export const legalDocumentSchema = z.object({
  /** The file name: the number in lower case, "/" → "-", đ → d ("42-2013-qh13", "59-2023-nd-cp"). */
  id: slug,
  /** Number as printed ("42/2013/QH13", "59/2023/NĐ-CP"); the Constitution has none: its year ("2013"). */
  number: text('give the document number as printed, e.g. "42/2013/QH13"'),
  /** Official title: Vietnamese as printed; English as the official translation names it where one exists. */
  title: z.object({
    vi: text('give the Vietnamese title as printed, e.g. "Luật Tiếp công dân"'),
    en: text('give the English title, e.g. "Law on Citizen Reception"'),
  }),
  /** The day it was passed or signed. */
  issued: isoDate,
  /** The day it took effect (for an amending act: the day its changes took effect). */
  in_force_from: isoDate,
  /** Register ids of the documents this one amends or supplements. */
  amends: z.array(slug).default([]),
  /** Register ids of the documents this one replaces as a whole. */
  replaces: z.array(slug).default([]),
  /** Where an editor read the text: an official page (vbpl.vn, chinhphu.vn, the gazette) or a legal database. */
  source: z.url({ protocol: /^https?$/, error: 'give the https address where the text can be read' }),
  /** The day an editor last checked this entry (its standing, amendments and replacements). */
  checked: isoDate,
});

export type LegalDocument = z.output<typeof legalDocumentSchema>;
export type LegalDocumentInput = z.input<typeof legalDocumentSchema>;
