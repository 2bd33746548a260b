/**
 * Content collections. Every collection reads the same validated corpus
 * (src/lib/content/corpus.ts): the corpus check runs every cross-reference
 * check once and fails the build with a message that names file, entry and field.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide.ts';
import { legalDocumentSchema } from './schemas/legal-document.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { communeMappingSchema, districtAreaSchema, newCommuneSchema } from './schemas/geography.ts';
import { districtAreas } from './lib/geography/successors.ts';
import { agencySchema } from './schemas/agency.ts';
import { commitmentSchema } from './schemas/commitment.ts';
import { correctionSchema } from './schemas/correction.ts';
import { dataChangeSchema } from './schemas/data-changelog.ts';
import { dimensionSchema } from './schemas/dimension.ts';
import { localitySchema } from './schemas/locality.ts';
import { planSchema } from './schemas/plan.ts';
import { progressSchema } from './schemas/progress.ts';
import { scoreSchema } from './schemas/score.ts';
import { taskSchema } from './schemas/task.ts';
import { contentRoot, sharedCorpus } from './lib/content/corpus.ts';

/** Every collection's loader reads the same validated corpus, released once all have read it. */
const fromCorpus = sharedCorpus(contentRoot);

export const collections = {
  plans: defineCollection({ loader: fromCorpus((corpus) => corpus.plans), schema: planSchema }),
  tasks: defineCollection({ loader: fromCorpus((corpus) => corpus.tasks), schema: taskSchema }),
  commitments: defineCollection({ loader: fromCorpus((corpus) => corpus.commitments), schema: commitmentSchema }),
  agencies: defineCollection({ loader: fromCorpus((corpus) => corpus.agencies), schema: agencySchema }),
  localities: defineCollection({ loader: fromCorpus((corpus) => corpus.localities), schema: localitySchema }),
  dimensions: defineCollection({
    loader: fromCorpus((corpus) => corpus.dimensions.map((dimension) => ({ ...dimension, id: String(dimension.number) }))),
    schema: dimensionSchema,
  }),
  scores: defineCollection({
    loader: fromCorpus((corpus) => corpus.scores.map((score) => ({ ...score, id: `${score.province}-${score.year}` }))),
    schema: scoreSchema,
  }),
  // Guides are MDX pages: the glob loader renders them; their frontmatter was
  // validated and cross-checked by the corpus check too, with the same schema.
  guides: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${contentRoot()}/guides` }),
    schema: guideSchema,
  }),
  // The new communes covering each abolished district the plans name (content/geography/).
  districtAreas: defineCollection({ loader: fromCorpus((corpus) => districtAreas(corpus.localities, corpus.geography.places)), schema: districtAreaSchema }),
  // Viet Nam's communes since 1 July 2025 and where each old commune went (content/geography/).
  communes: defineCollection({
    loader: fromCorpus((corpus) => corpus.geography.communes.map((commune) => ({ ...commune, id: commune.commune_code }))),
    schema: newCommuneSchema,
  }),
  communeMappings: defineCollection({
    loader: fromCorpus((corpus) => corpus.geography.mapping.map((row) => ({ ...row, id: `${row.old_commune_code}-${row.new_commune_code}` }))),
    schema: communeMappingSchema,
  }),
  legal: defineCollection({ loader: fromCorpus((corpus) => corpus.legalDocuments), schema: legalDocumentSchema }),
  // The glossary of /en/thuat-ngu/ (content/glossary.yaml); `order` keeps the file's order, which the store does not.
  glossary: defineCollection({
    loader: fromCorpus((corpus) => corpus.glossary.map((term, order) => ({ ...term, order }))),
    schema: glossaryTermSchema.extend({ order: z.number().int() }),
  }),
  // What changed in /data/ and what the portal corrected, newest first (content/data-changelog.yaml, content/corrections.yaml).
  dataChangelog: defineCollection({
    loader: fromCorpus((corpus) => corpus.dataChangelog.map((change) => ({ ...change, id: change.version }))),
    // The schemas refuse unknown keys in the files; the collection adds its id.
    schema: dataChangeSchema.extend({ id: z.string() }),
  }),
  corrections: defineCollection({
    loader: fromCorpus((corpus) => corpus.corrections.map((correction, index) => ({ ...correction, id: `${correction.date}-${index}` }))),
    schema: correctionSchema.extend({ id: z.string() }),
  }),
  progress: defineCollection({
    loader: fromCorpus((corpus) => corpus.progress.map((update, index) => ({ ...update, id: `${update.task}-${update.date}-${index}` }))),
    schema: progressSchema,
  }),
};
