import mammoth from 'mammoth';
import { FormatProblem, type FormatText } from './format-problem.ts';
import { htmlLines } from './html-lines.ts';

/**
 * A Word file's text: mammoth turns its paragraphs, heading styles and tables into HTML, which
 * is then read like a web page (a paragraph a line, a table row a line with tab-joined cells).
 */
export async function docxLines(bytes: Uint8Array): Promise<FormatText> {
  if (!isZip(bytes)) {
    throw new FormatProblem(
      isOleCompound(bytes)
        ? 'is an old binary Word file (.doc); save it as .docx (Word or LibreOffice: Save As… .docx)'
        : 'is not a Word .docx file (a .docx is a zip archive; this file is not one)',
      'docx',
    );
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new FormatProblem(
      `cannot be read as a Word .docx file (damaged or truncated?): ${(error as Error).message.split('\n')[0]}`,
      'docx',
    );
  }
  return { lines: htmlLines(html) };
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isOleCompound(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}
