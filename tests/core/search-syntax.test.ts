import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/syntax';
import { failure, freshApp, type TestApp } from './helpers';

const term = (text: string, more: object = {}) => ({ field: null, text, phrase: false, negated: false, ...more });

describe('reading the search syntax', () => {
  it('plain words must all match; a quoted phrase is one term', () => {
    expect(parseQuery('java "new york"')).toEqual([[term('java')], [term('new york', { phrase: true })]]);
  });

  it('OR in capitals joins the terms either side; a lower-case or is a word', () => {
    expect(parseQuery('java OR kotlin remote')).toEqual([[term('java'), term('kotlin')], [term('remote')]]);
    expect(parseQuery('this or that')).toHaveLength(3);
  });

  it('a leading - leaves out, on words, phrases and fields', () => {
    expect(parseQuery('-contract -"fixed term" -title:intern')).toEqual([
      [term('contract', { negated: true })],
      [term('fixed term', { negated: true, phrase: true })],
      [term('intern', { negated: true, field: 'title' })],
    ]);
  });

  it('reads every field, in any case, and a stage by its name', () => {
    const parsed = parseQuery('skill:java TITLE:"team lead" employer:acme location:paris tag:hot source:referral owner:sam stage:client_reviewing');
    expect(parsed.map(([t]) => [t!.field, t!.text])).toEqual([
      ['skill', 'java'],
      ['title', 'team lead'],
      ['employer', 'acme'],
      ['location', 'paris'],
      ['tag', 'hot'],
      ['source', 'referral'],
      ['owner', 'sam'],
      ['stage', 'client_reviewing'],
    ]);
    expect(parseQuery('stage:Interviewing')[0]![0]!.text).toBe('interviewing');
  });

  it.each([
    ['skill:java "new york', 'The quote at character 12 is never closed'],
    ['colour:red', 'Shortlist cannot search by “colour:” (character 1)'],
    ['java skill:', 'skill: at character 6 needs a value'],
    ['OR java', 'OR at character 1 needs something to search on each side'],
    ['java OR', 'OR at character 6 needs something'],
    ['java OR OR kotlin', 'OR at character 9'],
    ['java - kotlin', 'The - at character 6 must be followed by what to leave out'],
    ['stage:hired', 'There is no stage “hired” (character 1)'],
    ['""', 'The quotes at character 1 hold nothing'],
  ])('a mistake in “%s” says what and where', (query, message) => {
    const error = failure(() => parseQuery(query));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'query' });
    expect(error.message).toContain(message);
  });
});

async function people(): Promise<TestApp> {
  const app = await freshApp();
  const add = (name: string, more: object) => app.call('candidates.create', { name, allowDuplicate: true, ...more });
  add('Ada Lovelace', { skills: ['Java', 'SQL'], currentTitle: 'Senior engineer', currentEmployer: 'Acme', location: 'New York', source: 'Referral', owner: 'Sam' });
  add('Grace Hopper', { skills: ['Java'], currentTitle: 'Contract developer', currentEmployer: 'Navy', location: 'New Jersey', owner: 'Kim' });
  add('Alan Turing', { skills: ['Kotlin'], currentTitle: 'Engineer', currentEmployer: 'Bletchley', location: 'York', source: 'LinkedIn' });
  add('Joan Clarke', { skills: ['Go'], currentTitle: 'Team lead', currentEmployer: 'Acme Labs', location: 'London' });
  return app;
}

const names = (app: TestApp, query: string) =>
  app.call('candidates.list', { query, sort: 'name' }).items.map((c) => c.name);

describe('searching the candidate list with the syntax', () => {
  it('combines a field, an exclusion and a phrase', async () => {
    const app = await people();
    expect(names(app, 'skill:java -title:contract "new york"')).toEqual(['Ada Lovelace']);
    expect(names(app, 'skill:java')).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(names(app, 'skill:java -title:contract')).toEqual(['Ada Lovelace']);
  });

  it('a phrase keeps its words together and in order', async () => {
    const app = await people();
    expect(names(app, '"new york"')).toEqual(['Ada Lovelace']);
    expect(names(app, 'york')).toEqual(['Ada Lovelace', 'Alan Turing']);
  });

  it('OR finds either, across fields and words', async () => {
    const app = await people();
    expect(names(app, 'skill:kotlin OR skill:go')).toEqual(['Alan Turing', 'Joan Clarke']);
    expect(names(app, 'skill:kotlin OR london')).toEqual(['Alan Turing', 'Joan Clarke']);
  });

  it('title, employer and location match what the field holds; source and owner the whole value, in any case', async () => {
    const app = await people();
    expect(names(app, 'title:engineer')).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(names(app, 'employer:acme')).toEqual(['Ada Lovelace', 'Joan Clarke']);
    expect(names(app, 'employer:"acme labs"')).toEqual(['Joan Clarke']);
    expect(names(app, 'location:york')).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(names(app, 'source:referral')).toEqual(['Ada Lovelace']);
    expect(names(app, 'owner:KIM')).toEqual(['Grace Hopper']);
  });

  it('an exclusion keeps the candidates who have nothing in that field', async () => {
    const app = await people();
    expect(names(app, '-source:linkedin')).toEqual(['Ada Lovelace', 'Grace Hopper', 'Joan Clarke']);
  });

  it('tag: and stage: find what was tagged and where candidates stand', async () => {
    const app = await people();
    const byName = (name: string) => app.call('candidates.list', { sort: 'name' }).items.find((c) => c.name === name)!;
    const [ada, grace] = [byName('Ada Lovelace'), byName('Grace Hopper')];
    app.call('tags.set', { kind: 'candidate', id: ada!.id, tags: ['Hot lead'] });
    const acme = app.call('clients.create', { name: 'Acme' });
    const job = app.call('jobs.create', { clientId: acme.id, title: 'Backend engineer' });
    app.call('submissions.create', { candidateId: grace!.id, jobId: job.id, stage: 'submitted' });
    expect(names(app, 'tag:"hot lead"')).toEqual(['Ada Lovelace']);
    expect(names(app, 'stage:submitted')).toEqual(['Grace Hopper']);
    expect(names(app, 'skill:java -stage:submitted')).toEqual(['Ada Lovelace']);
  });

  it('a mistake is refused with where it is, never an empty list', async () => {
    const app = await people();
    expect(failure(() => names(app, 'skil:java'))).toMatchObject({ field: 'query', message: expect.stringContaining('“skil:”') });
    expect(failure(() => app.call('search.query', { query: 'title:"lead' }))).toMatchObject({ field: 'query' });
  });

  it('the quick switcher reads the same syntax', async () => {
    const app = await people();
    expect(app.call('search.query', { query: 'skill:java -title:contract' }).map((r) => r.title)).toEqual(['Ada Lovelace']);
    expect(app.call('search.query', { query: 'ada' }).map((r) => r.id)).toHaveLength(1);
  });
});
