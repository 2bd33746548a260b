/**
 * Cross-reference checks that no single schema can make: ids that must exist
 * elsewhere, ids that must be unique, quotes that must occur in their source.
 */
import { buildRegister } from '../legal/register.ts';
import { guideCitationProblems, registerProblems } from '../legal/rules.ts';
import { fold } from '../text/fold.ts';
import type { Locality } from '../../schemas/locality.ts';
import { findOldDistrict, type Geography } from '../geography/places.ts';
import { DISTRICT_LEVEL } from '../geography/successors.ts';
import { communeOfToday } from '../geography/coverage.ts';
import type { Corpus } from './model.ts';
import type { ContentProblem } from './errors.ts';

function duplicates<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return new Map([...counts].filter(([, count]) => count > 1));
}

/** Source text as a quote is checked against: footnote lines removed, white space collapsed. */
export function quotableSource(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s/u.test(line.trim()))
    .join(' ')
    .replace(/\s+/g, ' ');
}

export function checkCorpus(corpus: Corpus, today: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileOf = (collection: string, id: string, fallback: string) => corpus.files.get(`${collection}:${id}`) ?? fallback;
  const localityIds = new Set(corpus.localities.map((locality) => locality.id));
  const agencyIds = new Set(corpus.agencies.map((agency) => agency.id));
  // Printed names that stand for several entries (agency.covers): never a task's party themselves.
  const combined = new Map(corpus.agencies.filter((agency) => agency.covers.length > 0).map((agency) => [agency.id, agency.covers]));
  const plansById = new Map(corpus.plans.map((plan) => [plan.id, plan]));
  const subdimensionCodes = new Set(corpus.dimensions.flatMap((dimension) => dimension.subdimensions.map((sub) => sub.code)));

  for (const [id, count] of duplicates(corpus.localities, (locality) => locality.id)) {
    problems.push({ file: 'content/localities.yaml', entry: `entry "${id}"`, field: 'id', message: `is used by ${count} localities; give each a unique id` });
  }
  for (const locality of corpus.localities) {
    const file = fileOf('localities', locality.id, 'content/localities.yaml');
    if (locality.named_in) {
      const statement = corpus.commitments.find((commitment) => commitment.plan === locality.named_in && commitment.kind === 'model-units');
      if (!statement) {
        problems.push({ file, entry: `entry "${locality.id}"`, field: 'named_in', message: `plan "${locality.named_in}" has no model-units statement naming places; quote it in the plan's statements.yaml first` });
      } else if (!statement.text.includes(locality.name)) {
        problems.push({ file, entry: `entry "${locality.id}"`, field: 'name', message: `"${locality.name}" does not occur in the model-units statement of plan "${locality.named_in}"; use the name as printed` });
      }
    }
    if (locality.parent && !localityIds.has(locality.parent)) {
      problems.push({ file, entry: `entry "${locality.id}"`, field: 'parent', message: `names locality "${locality.parent}", which is not in content/localities.yaml` });
    }
    if (locality.change_2025?.into && !localityIds.has(locality.change_2025.into)) {
      problems.push({ file, entry: `entry "${locality.id}"`, field: 'change_2025.into', message: `names locality "${locality.change_2025.into}", which is not in content/localities.yaml` });
    }
  }

  for (const [id, count] of duplicates(corpus.agencies, (agency) => agency.id)) {
    problems.push({ file: fileOf('agencies', id, 'content/agencies'), entry: `entry "${id}"`, field: 'id', message: `is used by ${count} agencies; give each a unique id` });
  }
  const aliasOwners = new Map<string, string>();
  for (const agency of corpus.agencies) {
    const file = fileOf('agencies', agency.id, 'content/agencies');
    agency.covers.forEach((id, index) => {
      if (!agencyIds.has(id)) problems.push({ file, entry: `entry "${agency.id}"`, field: `covers[${index}]`, message: `"${id}" is not in the registry; add it or correct the id` });
      else if (combined.has(id)) problems.push({ file, entry: `entry "${agency.id}"`, field: `covers[${index}]`, message: `"${id}" stands for other entries itself; name those entries` });
    });
    if (!localityIds.has(agency.locality)) {
      problems.push({ file, entry: `entry "${agency.id}"`, field: 'locality', message: `names locality "${agency.locality}", which is not in content/localities.yaml` });
    }
    for (const alias of new Set([agency.name, ...agency.aliases].map(fold))) {
      const key = `${agency.locality}|${alias}`;
      const owner = aliasOwners.get(key);
      if (owner && owner !== agency.id) {
        problems.push({ file, entry: `entry "${agency.id}"`, field: 'aliases', message: `"${alias}" is also a name of "${owner}" in the same locality; a spelling can only name one office` });
      }
      aliasOwners.set(key, agency.id);
    }
  }

  for (const [id, count] of duplicates(corpus.plans, (plan) => plan.id)) {
    problems.push({ file: `content/plans/${id}`, entry: `entry "${id}"`, field: 'id', message: `is used by ${count} plans` });
  }
  for (const plan of corpus.plans) {
    const file = fileOf('plans', plan.id, `content/plans/${plan.id}/plan.yaml`);
    for (const field of ['locality', 'province'] as const) {
      if (!localityIds.has(plan[field])) {
        problems.push({ file, entry: `entry "${plan.id}"`, field, message: `names locality "${plan[field]}", which is not in content/localities.yaml` });
      }
    }
    if (!corpus.sources.has(plan.source.file)) {
      problems.push({ file, entry: `entry "${plan.id}"`, field: 'source.file', message: `the source document "${plan.source.file}" is not in content/sources/; every plan must publish its source text` });
    }
  }

  for (const [id, count] of duplicates(corpus.tasks, (task) => task.id)) {
    problems.push({ file: fileOf('tasks', id, 'content/plans'), entry: `entry "${id}"`, field: 'id', message: `is used by ${count} tasks; task ids must be unique because they are permalinks` });
  }
  for (const task of corpus.tasks) {
    const file = fileOf('tasks', task.id, `content/plans/${task.plan}/tasks.yaml`);
    const entry = `entry "${task.id}"`;
    const plan = plansById.get(task.plan);
    if (!plan) {
      problems.push({ file, entry, field: 'plan', message: `names plan "${task.plan}", which has no content/plans/${task.plan}/plan.yaml` });
    } else if (task.part !== null && !plan.parts.some((part) => part.id === task.part)) {
      problems.push({ file, entry, field: 'part', message: `names part "${task.part}", which plan "${plan.id}" does not declare in its parts` });
    }
    for (const field of ['lead', 'partners'] as const) {
      task[field].forEach((id, index) => {
        if (!agencyIds.has(id)) {
          problems.push({ file, entry, field: `${field}[${index}]`, message: `agency "${id}" is not in the registry; add it to content/agencies/ or correct the id` });
        } else if (combined.has(id)) {
          problems.push({ file, entry, field: `${field}[${index}]`, message: `"${id}" is a printed name standing for ${combined.get(id)?.join(', ')}; name those entries (re-importing the plan does)` });
        }
      });
    }
    if (task.subdimension !== null && !subdimensionCodes.has(task.subdimension)) {
      problems.push({ file, entry, field: 'subdimension', message: `"${task.subdimension}" is not a sub-dimension in content/papi/dimensions.yaml` });
    }
  }

  // A quote may span a page break (footnotes removed) or quote a footnote itself (raw text).
  const quotable = new Map([...corpus.sources].map(([name, text]) => [name, `${quotableSource(text)}\n${text.replace(/\s+/g, ' ')}`]));
  for (const [id, count] of duplicates(corpus.commitments, (commitment) => commitment.id)) {
    problems.push({ file: fileOf('commitments', id, 'content/plans'), entry: `entry "${id}"`, field: 'id', message: `is used by ${count} commitments` });
  }
  for (const commitment of corpus.commitments) {
    const file = fileOf('commitments', commitment.id, `content/plans/${commitment.plan}`);
    const entry = `entry "${commitment.id}"`;
    const plan = plansById.get(commitment.plan);
    if (!plan) {
      problems.push({ file, entry, field: 'plan', message: `names plan "${commitment.plan}", which does not exist` });
      continue;
    }
    commitment.agencies.forEach((id, index) => {
      if (!agencyIds.has(id)) problems.push({ file, entry, field: `agencies[${index}]`, message: `agency "${id}" is not in the registry` });
    });
    const source = quotable.get(plan.source.file);
    if (source !== undefined) {
      for (const paragraph of commitment.text.split('\n')) {
        if (!source.includes(paragraph.replace(/\s+/g, ' ').trim())) {
          problems.push({ file, entry, field: 'text', message: `is not a verbatim quote of ${plan.source.file} ("${paragraph.slice(0, 60)}…"); quote the source exactly` });
          break;
        }
      }
    }
  }

  const taskIds = new Set(corpus.tasks.map((task) => task.id));
  corpus.progress.forEach((update, index) => {
    const file = fileOf('progress', String(index), 'content/progress');
    const entry = `update for "${update.task}" dated ${update.date}`;
    if (!taskIds.has(update.task)) {
      problems.push({ file, entry, field: 'task', message: `no task has the id "${update.task}"; use an id from /data/tasks.json` });
    }
    if (update.date > today) {
      problems.push({ file, entry, field: 'date', message: `is in the future (today is ${today}); progress can only be reported for what has happened` });
    }
  });

  for (const score of corpus.scores) {
    if (!localityIds.has(score.province)) {
      problems.push({ file: 'content/papi/scores.csv', entry: `${score.province} ${score.year}`, field: 'province', message: `"${score.province}" is not a locality in content/localities.yaml` });
    }
  }
  for (const [key, count] of duplicates(corpus.scores, (score) => `${score.province} ${score.year}`)) {
    problems.push({ file: 'content/papi/scores.csv', entry: key, field: null, message: `appears ${count} times; keep one row per province and year` });
  }
  problems.push(...checkGuides(corpus, taskIds, subdimensionCodes));
  problems.push(...checkLegalCitations(corpus));
  problems.push(...checkGlossary(corpus));
  problems.push(...checkGeography(corpus.geography));
  problems.push(...checkLocalitiesInGeography(corpus.localities, corpus.geography.places));
  return problems;
}

/**
 * A guide may only link tasks and sub-dimensions that exist, and its language
 * versions must link the same ones, so that a reader sees the same commitments
 * whichever language they read.
 */
function checkGuides(corpus: Corpus, taskIds: ReadonlySet<string>, subdimensionCodes: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileOf = (lang: string, guideSlug: string) => corpus.files.get(`guides:${lang}/${guideSlug}`) ?? `content/guides/${lang}/${guideSlug}.mdx`;
  for (const guide of corpus.guides) {
    const file = fileOf(guide.lang, guide.slug);
    guide.tasks.forEach((id, index) => {
      if (!taskIds.has(id)) problems.push({ file, entry: 'frontmatter', field: `tasks[${index}]`, message: `no task has the id "${id}"; use an id from /data/tasks.json (the end of a task page's address)`, referencesEntry: `entry "${id}"` });
    });
    for (const [id, count] of duplicates(guide.tasks, (id) => id)) {
      problems.push({ file, entry: 'frontmatter', field: 'tasks', message: `lists "${id}" ${count} times; list each task once` });
    }
    guide.subdimensions.forEach((code, index) => {
      if (!subdimensionCodes.has(code)) problems.push({ file, entry: 'frontmatter', field: `subdimensions[${index}]`, message: `"${code}" is not a PAPI sub-dimension in content/papi/dimensions.yaml` });
    });
  }
  const present = (lang: string, guideSlug: string) => corpus.files.has(`guides:${lang}/${guideSlug}`);
  const slugs = new Set([...corpus.files.keys()].filter((key) => key.startsWith('guides:')).map((key) => key.slice(key.indexOf('/') + 1)));
  for (const guideSlug of slugs) {
    if (!present('vi', guideSlug) || !present('en', guideSlug)) {
      const missing = present('vi', guideSlug) ? 'en' : 'vi';
      problems.push({ file: fileOf(missing === 'en' ? 'vi' : 'en', guideSlug), entry: null, field: null, message: `has no ${missing === 'en' ? 'English' : 'Vietnamese'} version; add content/guides/${missing}/${guideSlug}.mdx` });
      continue;
    }
    const vi = corpus.guides.find((guide) => guide.lang === 'vi' && guide.slug === guideSlug);
    const en = corpus.guides.find((guide) => guide.lang === 'en' && guide.slug === guideSlug);
    // An invalid version has been reported already; comparing it would only repeat that.
    if (!vi || !en) continue;
    const same = (a: readonly string[], b: readonly string[]) => [...a].sort().join('|') === [...b].sort().join('|');
    if (!same(vi.tasks, en.tasks)) {
      problems.push({ file: fileOf('en', guideSlug), entry: 'frontmatter', field: 'tasks', message: `differs from content/guides/vi/${guideSlug}.mdx; both language versions must list the same tasks` });
    }
    if (!same(vi.subdimensions, en.subdimensions)) {
      problems.push({ file: fileOf('en', guideSlug), entry: 'frontmatter', field: 'subdimensions', message: `differs from content/guides/vi/${guideSlug}.mdx; both language versions must name the same sub-dimensions` });
    }
    if (vi.legal_bases.map((basis) => basis.document).join('|') !== en.legal_bases.map((basis) => basis.document).join('|')) {
      problems.push({ file: fileOf('en', guideSlug), entry: 'frontmatter', field: 'legal_bases', message: `cites other documents than content/guides/vi/${guideSlug}.mdx; both language versions must cite the same register documents in the same order` });
    }
  }
  return problems;
}

/** The register holds together, and every guide cites it as content/legal/README.md says. */
function checkLegalCitations(corpus: Corpus): ContentProblem[] {
  const fileOfDocument = (id: string) => corpus.files.get(`legal:${id}`) ?? `content/legal/${id}.yaml`;
  const problems: ContentProblem[] = registerProblems(corpus.legalDocuments).map(({ id, entry, field, message }) => ({ file: fileOfDocument(id), entry, field, message }));
  const register = buildRegister(corpus.legalDocuments);
  for (const guide of corpus.guides) {
    const file = corpus.files.get(`guides:${guide.lang}/${guide.slug}`) ?? `content/guides/${guide.lang}/${guide.slug}.mdx`;
    problems.push(...guideCitationProblems(guide, register).map(({ entry, field, message }) => ({ file, entry, field, message })));
  }
  return problems;
}

/** Each glossary term once, and every legal basis it gives a document of the register. */
function checkGlossary(corpus: Corpus): ContentProblem[] {
  const file = 'content/glossary.yaml';
  const register = new Set(corpus.legalDocuments.map((document) => document.id));
  const problems: ContentProblem[] = [];
  for (const [id, count] of duplicates(corpus.glossary, (term) => term.id)) {
    problems.push({ file, entry: `entry "${id}"`, field: 'id', message: `is used by ${count} terms; give each a unique id` });
  }
  for (const term of corpus.glossary) {
    term.basis.forEach((basis, index) => {
      if (!register.has(basis.document)) {
        problems.push({ file, entry: `entry "${term.id}"`, field: `basis[${index}].document`, message: `"${basis.document}" is not in the register; add content/legal/${basis.document}.yaml (see content/legal/README.md) or cite a document that is there` });
      }
    });
  }
  return problems;
}

/**
 * The geography holds together: every code once, every old commune mapped to a
 * commune that exists, every new commune formed from some old one and resting on a
 * resolution whose text is in content/geography/resolutions/.
 */
export function checkGeography(geography: Corpus['geography']): ContentProblem[] {
  const { communes, mapping, resolutions } = geography;
  if (communes.length === 0 && mapping.length === 0) return [];
  const problems: ContentProblem[] = [];
  const communesFile = 'content/geography/communes-2025.csv';
  const mappingFile = 'content/geography/old-to-new-communes.csv';
  const byCode = new Map<string, (typeof communes)[number]>();
  communes.forEach((commune, index) => {
    const entry = `row ${index + 2} (${commune.commune_code})`;
    if (byCode.has(commune.commune_code)) problems.push({ file: communesFile, entry, field: 'commune_code', message: `"${commune.commune_code}" is also the code of ${byCode.get(commune.commune_code)?.commune}; every code once` });
    byCode.set(commune.commune_code, commune);
    if (!resolutions.has(commune.resolution)) {
      problems.push({ file: communesFile, entry, field: 'resolution', message: `${commune.resolution} has no text in content/geography/resolutions/ (${commune.resolution.replace('/', '_')}.md); add it or correct the number` });
    }
  });
  const formed = new Set<string>();
  const oldCommunes = new Map<string, string>();
  // Old province and district codes, and new province codes, each stand for one unit.
  const unitNames = new Map<string, string>();
  mapping.forEach((row, index) => {
    const entry = `row ${index + 2} (${row.old_commune_code})`;
    const target = byCode.get(row.new_commune_code);
    if (!target) problems.push({ file: mappingFile, entry, field: 'new_commune_code', message: `"${row.new_commune_code}" (${row.new_commune}) is not a commune of ${communesFile}` });
    else if (target.province_code !== row.new_province_code) {
      problems.push({ file: mappingFile, entry, field: 'new_province_code', message: `${row.new_commune} is in province ${target.province_code} (${target.province}), not ${row.new_province_code}` });
    }
    formed.add(row.new_commune_code);
    const name = oldCommunes.get(row.old_commune_code);
    if (name !== undefined && name !== row.old_commune) {
      problems.push({ file: mappingFile, entry, field: 'old_commune', message: `old commune ${row.old_commune_code} is named "${name}" in another row; one code, one name` });
    }
    oldCommunes.set(row.old_commune_code, row.old_commune);
    for (const [code, name, field] of [
      [`old province ${row.old_province_code}`, row.old_province, 'old_province'],
      [`old district ${row.old_district_code}`, `${row.old_district}, ${row.old_province}`, 'old_district'],
      [`new province ${row.new_province_code}`, row.new_province, 'new_province'],
    ] as const) {
      const known = unitNames.get(code);
      if (known !== undefined && known !== name) problems.push({ file: mappingFile, entry, field, message: `${code} is "${known}" in another row; one code, one name` });
      unitNames.set(code, name);
    }
  });
  const shares = new Map<string, string[]>();
  for (const row of mapping) shares.set(row.old_commune_code, [...(shares.get(row.old_commune_code) ?? []), row.share]);
  for (const [oldCode, list] of shares) {
    if (list.length > 1 && list.includes('full')) {
      problems.push({ file: mappingFile, entry: `old commune ${oldCode}`, field: 'share', message: 'is mapped whole ("full") and also to other communes; a divided commune is "partial" in each of its rows' });
    }
  }
  communes.forEach((commune, index) => {
    // A special zone made from an island district that had no communes (Bạch Long Vĩ, Cồn Cỏ,
    // Hoàng Sa, Lý Sơn, Côn Đảo) has no old commune to map from: its clause names the district.
    if (!formed.has(commune.commune_code) && !commune.commune.startsWith('Đặc khu ')) {
      problems.push({ file: communesFile, entry: `row ${index + 2} (${commune.commune_code})`, field: null, message: `${commune.commune} is formed from no old commune in ${mappingFile}; add the rows that map into it` });
    }
  });
  return problems;
}

/**
 * The places content/localities.yaml names are places of the geography: a province
 * by its geography id (new, or old), a district-level unit by its name within its
 * old province, so that its page can say which communes cover its area today.
 */
export function checkLocalitiesInGeography(localities: readonly Locality[], places: Geography | null): ContentProblem[] {
  if (!places) return [];
  const file = 'content/localities.yaml';
  const problems: ContentProblem[] = [];
  for (const locality of localities) {
    const entry = `entry "${locality.id}"`;
    if (locality.type === 'province' || locality.type === 'city') {
      if (!places.newProvinceById.has(locality.id) && !places.oldProvinceById.has(locality.id)) {
        problems.push({ file, entry, field: 'id', message: `is not a province of content/geography/; a province keeps the id of its name ("soc-trang"), "-cu" for an old one whose name a new province took ("can-tho-cu")` });
      }
    } else if ((locality.type === 'commune' || locality.type === 'ward') && locality.parent && places.newProvinceById.has(locality.parent)) {
      if (!communeOfToday(locality, places)) {
        problems.push({ file, entry, field: 'full_name', message: `"${locality.full_name}" is not a commune or ward of "${locality.parent}" since 1 July 2025 in content/geography/communes-2025.csv; write it as listed there, e.g. "Phường Ngã Năm"` });
      }
    } else if (DISTRICT_LEVEL.has(locality.type) && locality.parent) {
      if (!findOldDistrict(places, locality.parent, locality.full_name)) {
        const districts = places.oldProvinceById.get(locality.parent)?.districts.map((district) => district.name) ?? [];
        problems.push({ file, entry, field: 'full_name', message: `"${locality.full_name}" is not a district of old province "${locality.parent}" in content/geography/old-to-new-communes.csv; write it as listed there (${districts.slice(0, 12).join(', ')}${districts.length > 12 ? ', …' : ''})` });
      }
    }
  }
  return problems;
}
