/**
 * The build refuses content that breaks a rule, with a message that names the
 * file, the entry and the field. Each case mutates a copy of the real content
 * in a temporary folder (test data, never published).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { copyContent, problemsOf, removeContentCopies } from './testing.ts';

afterEach(removeContentCopies);

function editYaml(file: string, edit: (data: any) => void): void {
  const data = parse(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, stringify(data, { lineWidth: 0 }));
}

const tasksFile = (root: string) => path.join(root, 'plans', 'nga-nam-2021', 'tasks.yaml');

describe('the real content', () => {
  it('loads with no problem', () => {
    expect(problemsOf('content')).toEqual([]);
  });
});

describe('invalid content fails with file, entry and field named', () => {
  it('a task naming an agency that is not in the registry', () => {
    const root = copyContent();
    editYaml(tasksFile(root), (tasks) => {
      tasks[0].lead = ['nga-nam-so-khong-ton-tai'];
    });
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/tasks\.yaml › entry "nga-nam-2021-1-a" › field "lead\[0\]": agency "nga-nam-so-khong-ton-tai" is not in the registry; add it to content\/agencies\//),
    ]);
  });

  it('a dimension outside 1–8', () => {
    const root = copyContent();
    editYaml(tasksFile(root), (tasks) => {
      tasks[0].dimension = 9;
      tasks[0].subdimension = null;
    });
    expect(problemsOf(root)).toEqual([expect.stringMatching(/tasks\.yaml › entry "nga-nam-2021-1-a" › field "dimension": PAPI dimensions are numbered 1 to 8/)]);
  });

  it('a sub-dimension that does not belong to its dimension', () => {
    const root = copyContent();
    editYaml(tasksFile(root), (tasks) => {
      tasks[0].subdimension = '2.1';
    });
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/entry "nga-nam-2021-1-a" › field "subdimension": sub-dimension 2\.1 does not belong to dimension 1/),
    ]);
  });

  it('a deadline that is neither parsed nor marked as free text', () => {
    const root = copyContent();
    editYaml(tasksFile(root), (tasks) => {
      tasks[0].deadline = { text: 'Quý V/2021', kind: 'date', due: null };
    });
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/entry "nga-nam-2021-1-a" › field "deadline\.due": kind "date" needs a due date .*mark the deadline kind "free_text"/),
    ]);
  });

  it('a deadline with no kind at all', () => {
    const root = copyContent();
    editYaml(tasksFile(root), (tasks) => {
      tasks[0].deadline = { text: 'Quý V/2021' };
    });
    expect(problemsOf(root)).toEqual([expect.stringMatching(/entry "nga-nam-2021-1-a" › field "deadline\.kind"/)]);
  });

  it('two tasks with the same id', () => {
    const root = copyContent();
    editYaml(tasksFile(root), (tasks) => {
      tasks[1].id = tasks[0].id;
    });
    const problems = problemsOf(root);
    expect(problems).toContainEqual(expect.stringMatching(/entry "nga-nam-2021-1-a" › field "id": is used by 2 tasks/));
    // The renamed task's old id is gone, so the guides that link it say so too.
    expect(problems.filter((problem) => !problem.includes('is used by 2 tasks'))).toEqual(problems.filter((problem) => problem.includes('no task has the id "nga-nam-2021-1-b"')));
  });

  it('a PAPI score outside 1–10', () => {
    const root = copyContent();
    const file = path.join(root, 'papi', 'scores.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Sóc Trăng,2020,3.9460', 'Sóc Trăng,2020,13.9460'));
    const problems = problemsOf(root);
    expect(problems).toContainEqual(expect.stringMatching(/scores\.csv › row 413 \(Sóc Trăng 2020\) › field "dimensions\[0\]": a PAPI dimension score is between 1 and 10/));
  });

  it('a total that does not equal the sum of its dimensions', () => {
    const root = copyContent();
    const file = path.join(root, 'papi', 'scores.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('3.0188,42.8559', '3.0188,43.8559'));
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/scores\.csv › row 415 \(Sóc Trăng 2022\) › field "total": total 43\.8559 does not equal the sum of the eight dimensions \(42\.85(59|60)\)/),
    ]);
  });

  it('a quote left open in a content CSV: its file and line, not rows merged into one cell', () => {
    const root = copyContent();
    const file = path.join(root, 'papi', 'scores.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Sóc Trăng,2020,', '"Sóc Trăng,2020,'));
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/scores\.csv › line 413: the quote \("\) opened on line 413 is never closed/));
  });

  it('a progress update without a source', () => {
    const root = copyContent();
    writeFileSync(path.join(root, 'progress', 'test.yaml'), stringify([{ task: 'nga-nam-2021-1-a', date: '2022-01-15', status: 'done' }]));
    expect(problemsOf(root)).toEqual([expect.stringMatching(/progress\/test\.yaml › entry 1 › field "source"/)]);
  });

  it('a progress update for a task that does not exist', () => {
    const root = copyContent();
    writeFileSync(
      path.join(root, 'progress', 'test.yaml'),
      stringify([{ task: 'nga-nam-2021-9-z', date: '2022-01-15', status: 'done', source: { title: 'Báo cáo (dữ liệu thử)' } }]),
    );
    expect(problemsOf(root)).toEqual([expect.stringMatching(/progress\/test\.yaml › update for "nga-nam-2021-9-z" dated 2022-01-15 › field "task": no task has the id "nga-nam-2021-9-z"/)]);
  });

  it('a progress update dated in the future', () => {
    const root = copyContent();
    writeFileSync(
      path.join(root, 'progress', 'test.yaml'),
      stringify([{ task: 'nga-nam-2021-1-a', date: '2030-01-01', status: 'done', source: { title: 'Báo cáo (dữ liệu thử)' } }]),
    );
    expect(problemsOf(root)).toEqual([expect.stringMatching(/field "date": is in the future/)]);
  });

  it('a plan whose source document is missing', () => {
    const root = copyContent();
    rmSync(path.join(root, 'sources', 'nga-nam-2021.txt'));
    expect(problemsOf(root)).toContainEqual(
      expect.stringMatching(/plan\.yaml › entry "nga-nam-2021" › field "source\.file": the source document "nga-nam-2021\.txt" is not in content\/sources\//),
    );
  });

  it('a plan that does not name its source document', () => {
    const root = copyContent();
    editYaml(path.join(root, 'plans', 'nga-nam-2021', 'plan.yaml'), (plan) => {
      delete plan.source;
    });
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/nga-nam-2021\/plan\.yaml › entry "nga-nam-2021" › field "source"/));
  });

  it('a commitment that is not a verbatim quote of its source', () => {
    const root = copyContent();
    editYaml(path.join(root, 'plans', 'soc-trang-2023', 'statements.yaml'), (entries) => {
      entries[0].text = String(entries[0].text).replace('42,85', '43,85');
    });
    expect(problemsOf(root)).toEqual([expect.stringMatching(/statements\.yaml › entry "soc-trang-2023-i-ket-qua-2022" › field "text": is not a verbatim quote/)]);
  });

  it('markup in a task text', () => {
    const root = copyContent();
    editYaml(tasksFile(root), (tasks) => {
      tasks[0].text = '<p>Tuyên truyền</p>';
    });
    expect(problemsOf(root)).toEqual([expect.stringMatching(/entry "nga-nam-2021-1-a" › field "text": contains HTML markup/)]);
  });
});

describe('a plan with no tasks is refused, not published as promising nothing', () => {
  it.each([
    ['empty', ''],
    ['only its header comment', '# Task rows, generated by npm run import\n'],
    ['an empty list', '[]\n'],
  ])('tasks.yaml %s', (_name, text) => {
    const root = copyContent();
    writeFileSync(tasksFile(root), text);
    // (The guides citing the plan's tasks are reported too: they would link to nothing.)
    expect(problemsOf(root)).toContainEqual(
      expect.stringMatching(
        /plans\/nga-nam-2021\/tasks\.yaml: has no tasks; re-import the plan \(npm run import -- <its plan document> --plan-id nga-nam-2021\) or remove the plan folder$/,
      ),
    );
  });

  it('tasks.yaml missing', () => {
    const root = copyContent();
    rmSync(tasksFile(root));
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/plans\/nga-nam-2021\/tasks\.yaml: is missing; re-import the plan/));
  });
});
