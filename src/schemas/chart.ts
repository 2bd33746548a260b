import { z } from 'astro/zod';
import { slug } from './common.ts';

/** One series of a chart: a label and one value per category; null is "no data" (a gap, never zero). */
export const chartSeriesSchema = z.object({
  /** Legend and table-column label, e.g. "Sóc Trăng". */
  label: z.string().min(1, 'give the series a label'),
  /** One value per category label; null where there is no figure. */
  data: z.array(z.number().nullable()),
});

/**
 * What a chart draws, serialised into the page for the chart script and used at
 * build time for the table beside it, so that the two cannot disagree.
 */
export const chartSpecSchema = z
  .object({
    /** Unique on the page; the figure's id. */
    id: slug,
    /** Line for values over time, bar for values side by side. */
    type: z.enum(['line', 'bar']),
    /** Category labels (years, dimension names). */
    labels: z.array(z.string().min(1)).min(1, 'a chart needs at least one category'),
    /** The series drawn; each has one value per label. */
    series: z.array(chartSeriesSchema).min(1, 'a chart needs at least one series'),
    /** Decimal places shown in the table and tooltips (2 for PAPI scores, 0 for counts). */
    decimals: z.number().int().min(0).max(4),
    /** Bars along the horizontal axis, one category per line: for many categories with long names (a year's 61 provinces). */
    horizontal: z.boolean().optional(),
    /** Axis range, e.g. 1–10 for a PAPI dimension, 0–80 for a total. */
    min: z.number().optional(),
    max: z.number().optional(),
    /** Distance between axis ticks, e.g. 1 for counts (ticks 0, 1, 2 and never 0,5). */
    step: z.number().positive().optional(),
    /**
     * Other sets of series the reader can switch to (e.g. another year), keyed by
     * the choice's label; the table follows the choice.
     */
    variants: z.record(z.string(), z.array(chartSeriesSchema)).optional(),
  })
  .superRefine((spec, context) => {
    const check = (series: ReadonlyArray<z.output<typeof chartSeriesSchema>>, where: PropertyKey[]) =>
      series.forEach((entry, index) => {
        if (entry.data.length !== spec.labels.length) {
          context.addIssue({
            code: 'custom',
            path: [...where, index, 'data'],
            message: `has ${entry.data.length} values for ${spec.labels.length} labels; give one value (or null) per label`,
          });
        }
      });
    check(spec.series, ['series']);
    for (const [key, series] of Object.entries(spec.variants ?? {})) check(series, ['variants', key]);
  });

export type ChartSpec = z.output<typeof chartSpecSchema>;
export type ChartSeries = z.output<typeof chartSeriesSchema>;

/**
 * Props of the PAPI chart an editor can put in an MDX guide:
 * <PapiChart id="papi-tham-gia" kind="dimension" dimension={1} />.
 */
export const papiChartPropsSchema = z
  .object({
    /** Unique on the page, e.g. "papi-tham-gia". */
    id: slug,
    /** "totals": total scores by year; "dimension": one dimension's scores by year. */
    kind: z.enum(['totals', 'dimension'], { error: 'kind must be "totals" or "dimension"' }),
    /** The dimension (1–8), required with kind="dimension". */
    dimension: z.number().int().min(1, 'PAPI dimensions are numbered 1 to 8').max(8, 'PAPI dimensions are numbered 1 to 8').optional(),
    /** Province ids to show (old provinces, as content/papi/scores.csv resolves them); the provinces of the published plans when omitted. */
    provinces: z.array(slug).min(1).optional(),
  })
  .superRefine((props, context) => {
    if (props.kind === 'dimension' && props.dimension === undefined) {
      context.addIssue({ code: 'custom', path: ['dimension'], message: 'kind="dimension" needs dimension={1..8}' });
    }
  });

export type PapiChartProps = z.input<typeof papiChartPropsSchema>;
