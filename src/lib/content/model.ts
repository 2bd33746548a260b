/**
 * The validated content tree as one value: what corpus.ts reads and checks.ts
 * cross-checks. Apart from both so that neither imports the other.
 */
import type { Agency } from '../../schemas/agency.ts';
import type { Commitment } from '../../schemas/commitment.ts';
import type { Correction } from '../../schemas/correction.ts';
import type { DataChange } from '../../schemas/data-changelog.ts';
import type { Dimension } from '../../schemas/dimension.ts';
import type { CommuneMapping, NewCommune } from '../../schemas/geography.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { GuideEntry } from '../../schemas/guide.ts';
import type { LegalDocument } from '../../schemas/legal-document.ts';
import type { Locality } from '../../schemas/locality.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Progress } from '../../schemas/progress.ts';
import type { Score } from '../../schemas/score.ts';
import type { Task } from '../../schemas/task.ts';
import type { Geography } from '../geography/places.ts';

export interface Corpus {
  plans: Plan[];
  tasks: Task[];
  commitments: Commitment[];
  agencies: Agency[];
  localities: Locality[];
  dimensions: Dimension[];
  scores: Score[];
  progress: Progress[];
  /** Rights guides' frontmatter, one entry per language version. */
  guides: GuideEntry[];
  /** The register of legal documents the guides cite (content/legal/<id>.yaml). */
  legalDocuments: LegalDocument[];
  /** Viet Nam's communes since 1 July 2025 and where each old commune went (content/geography/). */
  geography: {
    communes: NewCommune[];
    mapping: CommuneMapping[];
    /** Resolution numbers whose text is in content/geography/resolutions/. */
    resolutions: Set<string>;
    /** The provinces and communes, new and old, with their lookups; null where the tree has no geography (benchmark corpora). */
    places: Geography | null;
  };
  /** The glossary of unit and office names (content/glossary.yaml), in the file's order. */
  glossary: GlossaryTerm[];
  /** Dated changes of the published data files (content/data-changelog.yaml), newest first. */
  dataChangelog: DataChange[];
  /** Corrections of what the portal published (content/corrections.yaml), newest first. */
  corrections: Correction[];
  /** Source texts by file name under content/sources/. */
  sources: Map<string, string>;
  /** Which file each entry came from, by collection and id, for messages. */
  files: Map<string, string>;
}
