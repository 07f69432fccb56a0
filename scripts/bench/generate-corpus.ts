import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { regionShortNames } from '../../model/region-names.ts';
import { webPage } from '../../tests/support/format-fixtures.ts';

const run = promisify(execFile);

interface Division {
  code: string;
  name: string;
  level: 'province' | 'prefecture' | 'county' | 'township';
  parent: string;
}

/** Which format a generated document is written in, by its number: mostly text, as users have them. */
function formatOf(index: number): 'txt' | 'html' | 'docx' | 'pdf' {
  if (index % 25 === 3) return 'pdf';
  if (index % 25 === 8) return 'docx';
  if (index % 10 === 5) return 'html';
  return 'txt';
}

/**
 * A corpus of `count` plan-sized documents made from real ones: the first are the real
 * documents as they are, the rest the same texts about another place — every name of the
 * source's province, prefecture and counties (full and short) replaced by those of a target
 * of the same level, so parks, projects and regions are other entities with the same shapes.
 * About 10% are written as web pages, 4% as Word files and 4% as PDFs (LibreOffice).
 */
export async function generateCorpus(sources: string[], folder: string, count: number): Promise<string[]> {
  const divisions = JSON.parse(await readFile('data/regions/divisions.json', 'utf8')).regions as Division[];
  const files: string[] = [];
  const office: { html: string; format: 'docx' | 'pdf' }[] = [];
  const staging = path.join(folder, '.staging');
  await mkdir(staging, { recursive: true });
  const texts = await Promise.all(sources.map((source) => readFile(source, 'utf8')));
  const origins = texts.map((text) => originOf(text, divisions));
  for (let index = 0; index < count; index += 1) {
    const sourceIndex = index % sources.length;
    const source = sources[sourceIndex] as string;
    const original = texts[sourceIndex] as string;
    const origin = origins[sourceIndex] as Division[];
    const text = index < sources.length ? original : renamed(original, divisions, origin, index);
    const stem = `${String(index).padStart(4, '0')}-${path.basename(source, path.extname(source))}`;
    const format = index < sources.length ? 'txt' : formatOf(index);
    const target = path.join(folder, `${stem}.${format}`);
    files.push(target);
    if (existsSync(target)) continue;
    if (format === 'txt') await writeFile(target, text);
    else if (format === 'html') await writeFile(target, webPage(stem, text.split(/\r?\n/u), true));
    else {
      const html = path.join(staging, `${stem}.html`);
      await writeFile(html, webPage(stem, text.split(/\r?\n/u), false));
      office.push({ html, format });
    }
  }
  await convert(office, staging, folder);
  await rm(staging, { recursive: true, force: true });
  return files;
}

/** LibreOffice, a batch per call (it starts once): pages to Word, Word to PDF. */
async function convert(jobs: { html: string; format: 'docx' | 'pdf' }[], staging: string, folder: string) {
  if (jobs.length === 0) return;
  const soffice = (args: string[]) =>
    run('soffice', ['--headless', '--norestore', ...args], {
      timeout: 30 * 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
  const batch = 40;
  for (let start = 0; start < jobs.length; start += batch) {
    const part = jobs.slice(start, start + batch);
    await soffice([
      '--infilter=HTML (StarWriter)',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      staging,
      ...part.map((job) => job.html),
    ]);
    const toPdf = part
      .filter((job) => job.format === 'pdf')
      .map((job) => job.html.replace(/\.html$/u, '.docx'));
    if (toPdf.length > 0) await soffice(['--convert-to', 'pdf', '--outdir', staging, ...toPdf]);
  }
  for (const job of jobs) {
    const made = job.html.replace(/\.html$/u, `.${job.format}`);
    await rename(made, path.join(folder, path.basename(made)));
  }
}

/**
 * What a text is about: the province or prefecture it names most (a province's report names
 * its province far more than any prefecture), and the divisions of the same level.
 */
function originOf(text: string, divisions: Division[]): Division[] {
  const mentions = (division: Division) => text.split(division.name).length - 1;
  const provinces = divisions.filter((d) => d.level === 'province');
  const prefectures = divisions.filter((d) => d.level === 'prefecture');
  const topPrefecture = maxBy(prefectures, mentions);
  const topProvince = maxBy(provinces, mentions);
  return mentions(topProvince) > 2 * mentions(topPrefecture)
    ? [topProvince, ...provinces.filter((d) => d !== topProvince)]
    : [topPrefecture, ...prefectures.filter((d) => d !== topPrefecture)];
}

/**
 * The text about another place: the source's division (and its sub-divisions, full and short
 * names) replaced by a target of the same level chosen by the document's number, with its own
 * sub-divisions in order.
 */
function renamed(text: string, divisions: Division[], origin: Division[], index: number): string {
  const [from, ...level] = origin as [Division, ...Division[]];
  const candidates = level.filter((d) => children(divisions, d.code).length >= 3);
  const to = candidates[(index * 7919) % candidates.length] as Division;
  const pairs: [string, string][] = [];
  const pair = (a: Division, b: Division) => {
    pairs.push([a.name, b.name]);
    const shortA = regionShortNames(a.name);
    const shortB = regionShortNames(b.name);
    shortA.forEach((name, i) => {
      const replacement = shortB[Math.min(i, shortB.length - 1)];
      if (replacement && name.length >= 2) pairs.push([name, replacement]);
    });
  };
  pair(from, to);
  const fromChildren = children(divisions, from.code);
  const toChildren = children(divisions, to.code);
  fromChildren.forEach((child, i) => {
    pair(child, toChildren[i % toChildren.length] as Division);
  });
  const table = new Map(pairs.filter(([a]) => a.length >= 2));
  const pattern = new RegExp(
    [...table.keys()]
      .sort((a, b) => b.length - a.length)
      .map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
      .join('|'),
    'gu',
  );
  return text.replace(pattern, (name) => table.get(name) ?? name);
}

function children(divisions: Division[], code: string): Division[] {
  return divisions.filter((d) => d.parent === code && d.level !== 'township');
}

function maxBy<T>(items: T[], score: (item: T) => number): T {
  let best = items[0] as T;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const value = score(item);
    if (value > bestScore) {
      best = item;
      bestScore = value;
    }
  }
  return best;
}

/** The plan texts a benchmark starts from: the corpus, and the development corpus when present. */
export async function realDocuments(): Promise<string[]> {
  const folders = ['data/corpus', '../shared/corpus-dev'];
  const files: string[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const name of (await readdir(folder)).sort()) {
      if (name.endsWith('.txt')) files.push(path.join(folder, name));
    }
  }
  return files;
}
