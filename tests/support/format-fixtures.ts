import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { decodeSourceText } from '../../ingest/read/read-source-text.ts';
import { segmentDocument } from '../../ingest/read/segment-document.ts';

const run = promisify(execFile);

/**
 * Test documents in the formats users hold, made from a corpus text the way a government site
 * would publish it: a web page with headings, paragraphs, tables and page chrome (navigation,
 * 下载/打印, a footer); a Word file with heading styles and real tables (LibreOffice, from the page
 * without chrome); a PDF printed from that Word file. Plus the broken files users also have.
 */
export interface FormatFixtures {
  html: string;
  docx: string;
  pdf: string;
  /** A PDF of one page that holds only an image: a scan without a text layer. */
  scannedPdf: string;
  /** The PDF above, opened only with a password. */
  encryptedPdf: string;
  /** The first half of the PDF's bytes. */
  truncatedPdf: string;
  /** A text file renamed to .docx. */
  notZipDocx: string;
  emptyFile: string;
}

/** Makes (or reuses) the fixtures of `textFile` in `folder`; needs LibreOffice (`soffice`). */
export async function makeFormatFixtures(textFile: string, folder: string): Promise<FormatFixtures> {
  await mkdir(folder, { recursive: true });
  const stem = path.basename(textFile, '.txt');
  const at = (name: string) => path.join(folder, name);
  const fixtures: FormatFixtures = {
    html: at(`${stem}.html`),
    docx: at(`${stem}.docx`),
    pdf: at(`${stem}.pdf`),
    scannedPdf: at('scanned.pdf'),
    encryptedPdf: at('encrypted.pdf'),
    truncatedPdf: at('truncated.pdf'),
    notZipDocx: at('not-a-zip.docx'),
    emptyFile: at('empty.txt'),
  };
  const lines = (await readFile(textFile, 'utf8')).split(/\r?\n/u);
  if (!existsSync(fixtures.pdf)) {
    const bare = path.join(folder, 'bare');
    await mkdir(bare, { recursive: true });
    const bareHtml = path.join(bare, `${stem}.html`);
    await writeFile(bareHtml, webPage(stem, lines, false));
    await soffice(
      ['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', bareHtml],
      folder,
    );
    await soffice(['--convert-to', 'pdf', fixtures.docx], folder);
    await soffice(
      [
        '--convert-to',
        'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
        '--outdir',
        path.join(folder, 'locked'),
        fixtures.docx,
      ],
      folder,
    );
    await copyFile(path.join(folder, 'locked', `${stem}.pdf`), fixtures.encryptedPdf);
  }
  await writeFile(fixtures.html, webPage(stem, lines, true));
  const pdfBytes = await readFile(fixtures.pdf);
  await writeFile(fixtures.truncatedPdf, pdfBytes.subarray(0, Math.floor(pdfBytes.length / 2)));
  await writeFile(fixtures.scannedPdf, await imageOnlyPdf());
  await writeFile(fixtures.notZipDocx, lines.slice(0, 20).join('\n'));
  await writeFile(fixtures.emptyFile, '');
  return fixtures;
}

async function soffice(args: string[], outdir: string): Promise<void> {
  const withOutdir = args.includes('--outdir') ? args : [...args, '--outdir', outdir];
  await run('soffice', ['--headless', '--norestore', ...withOutdir], { timeout: 120_000 });
}

/** One page holding an embedded image and no text: what a scanner makes. */
async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  // A 1×1 grey PNG stands for the scanned page image.
  const png = await pdf.embedPng(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
  page.drawImage(png, { x: 40, y: 40, width: 515, height: 762 });
  return pdf.save();
}

const HEADING = /^\s*第[一二三四五六七八九十百零〇\d]+\s*(篇|章|节)/u;
const LEVEL: Record<string, number> = { 篇: 1, 章: 2, 节: 3 };

/**
 * The text as a web page: 篇/章/节 lines as headings, other lines as paragraphs, and the tables
 * the project reads in the text (either flattened form) as real tables, row by row.
 */
export function webPage(title: string, lines: string[], chrome: boolean): string {
  const tables = new Map(
    segmentDocument(decodeSourceText(title, Buffer.from(lines.join('\n')))).tables.map((table) => [
      table.line,
      table,
    ]),
  );
  const body: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const table = tables.get(index + 1);
    if (table) {
      const rows = [
        table.header,
        ...table.rows.map((row) => row.map((cell) => (cell.filledDown ? '' : cell.text))),
      ];
      body.push(
        `<table border="1">${rows.map((cells) => `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</table>`,
      );
      for (const note of table.notes) body.push(`<p>${escapeHtml(note.text)}</p>`);
      index = Math.max(index, table.endLine - 1);
      continue;
    }
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    const heading = HEADING.exec(line);
    const level = heading ? LEVEL[heading[1] as string] : undefined;
    body.push(
      level ? `<h${level}>${escapeHtml(line.trim())}</h${level}>` : `<p>${escapeHtml(line.trim())}</p>`,
    );
  }
  const content = body.join('\n');
  if (!chrome) {
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${content}</body></html>`;
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)} - 政府门户网站</title>
<script>var _hmt = _hmt || [];</script><style>.nav{color:red}</style></head><body>
<header class="top"><div class="logo">人民政府门户网站</div>
<nav class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/zcwj">政策文件</a> <a href="/hdjl">互动交流</a></nav></header>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 规划计划</div>
<div class="toolbar"><span>下载</span> <span>打印</span> <span>全屏</span> <span>字号：大 中 小</span></div>
<div class="article"><div class="article-content">
${content}
</div></div>
<div class="share">分享到：微信 微博</div>
<footer><p>主办单位：人民政府办公室 网站标识码：4312000000 ICP备案号：湘ICP备00000000号</p><p>版权所有 联系我们 网站地图</p></footer>
</body></html>`;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
