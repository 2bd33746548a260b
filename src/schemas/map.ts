import { z } from 'astro/zod';
import { slug } from './common.ts';

/** Props of the map component an editor can put in an MDX page. */
export const mapPropsSchema = z.object({
  /** Unique on the page. */
  id: slug,
  /** Show only the places in this locality's area (a locality id); all places when omitted. */
  area: slug.optional(),
  /** Height of the map in CSS pixels. */
  height: z.number().int().min(200, 'a map under 200 px high is unusable').max(800).default(360),
});

export type MapProps = z.input<typeof mapPropsSchema>;
