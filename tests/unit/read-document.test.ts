import { readFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSourceText } from '../../ingest/read-document.ts';
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
});
