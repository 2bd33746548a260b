import { z } from 'astro/zod';
import { plainText, slug } from './common.ts';

/** A provision a definition rests on: a document of the register (content/legal/) and, where read, its article. */
export const glossaryBasisSchema = z.strictObject({
  /** Register id of the document (content/legal/<id>.yaml). */
  document: slug,
  /** The article or clause read, as short plain text ("Art. 1(1), amending Art. 9 of the Constitution"); omit when none was read. */
  provisions: plainText.optional(),
});

/**
 * One term of the glossary (content/glossary.yaml), shown on /en/thuat-ngu/: a Vietnamese
 * name of a unit, body or office as the plans print it, the English the portal gives it,
 * and what it means. A meaning that states the law says only what the cited provisions
 * say, as in force on the day the file was checked; a term with no `basis` states no more
 * than the portal's own content shows.
 */
export const glossaryTermSchema = z.strictObject({
  /** Stable identifier ("xa", "uy-ban-nhan-dan"). */
  id: slug,
  /** The section of the page: administrative units, or offices and organisations. */
  section: z.enum(['units', 'bodies'], { error: 'write "units" or "bodies"' }),
  /** The Vietnamese term as the plans print it. */
  vi: plainText,
  /** The English the portal uses for it. */
  en: plainText,
  /** What it is, in plain English. */
  meaning: plainText,
  /** The legal provisions the meaning rests on. */
  basis: z.array(glossaryBasisSchema).default([]),
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
