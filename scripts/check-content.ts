/**
 * npm run check:content — validates the content tree (every schema, every
 * cross-reference, the legal register rules) in seconds, without a build.
 * Prints each problem with its file, entry and field; exits 1 when there is one.
 */
import { contentRoot, loadCorpus } from '../src/lib/content/corpus.ts';
import { ContentError } from '../src/lib/content/errors.ts';
import { referenceDate } from '../src/lib/reference-date.ts';

try {
  const corpus = loadCorpus(contentRoot(), { today: referenceDate() });
  console.log(
    `content is valid: ${corpus.plans.length} plans, ${corpus.tasks.length} tasks, ${corpus.guides.length} guide files, ${corpus.legalDocuments.length} legal documents`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
