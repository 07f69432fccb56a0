import { mkdtemp, open, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSourceText, readSourceText } from '../../ingest/read/read-source-text.ts';
import { segmentDocument } from '../../ingest/read/segment-document.ts';
import { CORPUS } from '../support/test-graph.ts';

const HUAIHUA = 'huaihua-14th-five-year-plan.txt';

describe('decodeSourceText', () => {
  it('keeps the lines of a UTF-8 corpus file as they are', async () => {
    const bytes = await readFile(path.join(CORPUS, HUAIHUA));
    const source = decodeSourceText(HUAIHUA, bytes);
    expect(source.encoding).toBe('utf-8');
    expect(source.lines.length).toBe(bytes.toString('utf8').split('\n').length);
    expect(source.lines.some((line) => line.includes('怀化高新'))).toBe(true);
  });

  it('decodes a GBK-encoded copy of a corpus file to the same lines as the UTF-8 original', async () => {
    const utf8 = await readFile(path.join(CORPUS, HUAIHUA));
    const gbk = iconv.encode(utf8.toString('utf8'), 'gbk');
    expect(gbk.length).toBeLessThan(utf8.length); // really re-encoded: two bytes per character, not three
    const fromGbk = decodeSourceText(HUAIHUA, gbk);
    expect(fromGbk.encoding).toBe('gb18030');
    expect(fromGbk.lines).toEqual(decodeSourceText(HUAIHUA, utf8).lines);
  });

  it('decodes a Big5 file (traditional script), which GB18030 would also decode, into rare characters', () => {
    const text = '臺中市2026年施政計畫\n今年經濟社會發展的主要預期目標是：地區生產總值增長4%左右。';
    const big5 = iconv.encode(text, 'big5');
    const decoded = decodeSourceText('taichung.txt', big5);
    expect(decoded.encoding).toBe('big5');
    expect(decoded.lines.join('\n')).toBe(text);
  });

  it('names the version of the file it read: the SHA-256 of its bytes, whatever their encoding', async () => {
    // SHA-256("abc") as published in FIPS 180-2.
    expect(decodeSourceText('a.txt', Buffer.from('abc')).sha256).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    const utf8 = await readFile(path.join(CORPUS, HUAIHUA));
    const gbk = iconv.encode(utf8.toString('utf8'), 'gbk');
    // Same text, other bytes: another version of the file.
    expect(decodeSourceText(HUAIHUA, gbk).sha256).not.toBe(decodeSourceText(HUAIHUA, utf8).sha256);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('第一篇 总体要求\n', 'utf16le')]);
    const decoded = decodeSourceText('utf16.txt', utf16);
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.lines[0]).toBe('第一篇 总体要求');
  });

  it('drops a UTF-8 byte-order mark from the first line', () => {
    const decoded = decodeSourceText('bom.txt', Buffer.from('\ufeff第一章\n', 'utf8'));
    expect(decoded.lines[0]).toBe('第一章');
  });

  it('refuses an empty file with a clear message', () => {
    expect(() => decodeSourceText('empty.txt', new Uint8Array())).toThrow('empty.txt is empty');
  });

  it('refuses a binary file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decodeSourceText('image.txt', png)).toThrow(/binary file/);
  });

  it('gives a GBK copy of a corpus file the same structure as its UTF-8 original', async () => {
    const utf8 = await readFile(path.join(CORPUS, HUAIHUA));
    const fromUtf8 = segmentDocument(decodeSourceText(HUAIHUA, utf8));
    const fromGbk = segmentDocument(decodeSourceText(HUAIHUA, iconv.encode(utf8.toString('utf8'), 'gbk')));
    expect(fromGbk.headings).toEqual(fromUtf8.headings);
    expect(fromGbk.boxes).toEqual(fromUtf8.boxes);
    expect(fromGbk.tables).toEqual(fromUtf8.tables);
    expect(fromGbk.sentences).toEqual(fromUtf8.sentences);
  });

  it('keeps a UTF-8 file cut in the middle of a character, dropping the partial character, with a warning', () => {
    const bytes = Buffer.from('第一章 总则\n发展目标', 'utf8');
    const cut = bytes.subarray(0, bytes.length - 1);
    const decoded = decodeSourceText('cut.txt', cut);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.lines).toEqual(['第一章 总则', '发展目']);
    expect(decoded.diagnostics).toMatchObject([{ rule: 'truncated', line: 2, severity: 'warning' }]);
  });

  it('keeps UTF-8 with a stray bad byte as UTF-8 and says which line', () => {
    const good = Buffer.from('第一章 总则\n发展目标。\n第二章 产业\n', 'utf8');
    const damaged = Buffer.concat([good.subarray(0, 17), Buffer.from([0xff]), good.subarray(17)]);
    const decoded = decodeSourceText('bad.txt', damaged);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.lines[2]).toBe('第二章 产业');
    expect(decoded.diagnostics.map((d) => [d.rule, d.line])).toEqual([['encoding', 2]]);
  });

  it('refuses an encoding it cannot recognise', () => {
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0xff, 0xfe, 0xfd, 0x0a]);
    expect(() => decodeSourceText('latin1.txt', latin1)).toThrow(
      /neither UTF-8, UTF-16 with BOM, GB18030\/GBK nor Big5/,
    );
  });

  it('refuses a file of blank lines', () => {
    expect(() => decodeSourceText('blank.txt', Buffer.from('\n \n\t\n'))).toThrow(
      'blank.txt holds only blank lines',
    );
  });

  it('refuses a 50 MB file at once, without reading it', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'large-')), 'huge.txt');
    const handle = await open(file, 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    await expect(readSourceText(file)).rejects.toThrow(/huge.txt is 50 MB; documents over 32 MB are refused/);
  });
});
