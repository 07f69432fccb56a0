import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../ingest/diagnostics.ts';
import { readManifest } from '../../ingest/read/manifest.ts';
import { CORPUS } from '../support/test-graph.ts';

async function folderWithManifest(content: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'manifest-'));
  await writeFile(path.join(folder, 'manifest.json'), content);
  return folder;
}

describe('readManifest', () => {
  it('reads the five corpus documents with their issuers and kinds', async () => {
    const manifest = await readManifest(CORPUS);
    expect(manifest.documents).toHaveLength(5);
    expect(manifest.documents.map((d) => d.issuer)).toContain('湘西土家族苗族自治州');
    expect(manifest.documents.filter((d) => d.kind === 'gazette').map((d) => d.file)).toEqual([
      'hongjiang-gazette-2026-01.txt',
    ]);
  });

  it('explains a missing manifest', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'empty-'));
    await expect(readManifest(folder)).rejects.toThrow(/no manifest.json/);
  });

  it('explains invalid JSON', async () => {
    const folder = await folderWithManifest('{"documents": [');
    await expect(readManifest(folder)).rejects.toThrow(/not valid JSON/);
  });

  it('names the entry and field that are wrong', async () => {
    const folder = await folderWithManifest(
      JSON.stringify({
        documents: [
          { file: 'a.txt', title: 'A', issuer: '怀化市', kind: 'novel', adopted: '2021', period: '2021' },
        ],
      }),
    );
    const error = await readManifest(folder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toMatch(/documents\[0\] has kind "novel"/);
  });

  it('refuses a file listed twice', async () => {
    const entry = {
      file: 'a.txt',
      title: 'A',
      issuer: '怀化市',
      kind: 'gazette',
      adopted: '2021-01',
      period: '2021',
    };
    const folder = await folderWithManifest(JSON.stringify({ documents: [entry, entry] }));
    await expect(readManifest(folder)).rejects.toThrow(/listed twice/);
  });
});
