// The PDF reader's own thread. pdfjs-dist's build for Node replaces built-ins of the process
// that imports it (JSON.parse and JSON.stringify, Array.prototype.push, …) with slower
// polyfills; in a worker those stay here and the pipeline keeps the native ones.
// Plain JavaScript so that Node runs it as it is, under tsx or vitest alike.
// Receives {id, bytes}; answers {id, pages: [{items, operations}]} or {id, error: {name, message}}:
// items are the text layer's pieces, operations the drawing steps that place ruled lines.
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

parentPort.on('message', async ({ id, bytes }) => {
  try {
    parentPort.postMessage({ id, pages: await readPages(bytes) });
  } catch (error) {
    parentPort.postMessage({
      id,
      error: { name: error?.name ?? 'Error', message: error?.message ?? String(error) },
    });
  }
});

async function readPages(bytes) {
  const task = getDocument({
    data: bytes,
    cMapUrl: `${path.join(root, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(root, 'standard_fonts')}/`,
    isEvalSupported: false,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items
        .filter((item) => 'str' in item && item.str !== '')
        .map((item) => ({
          str: item.str,
          transform: item.transform,
          width: item.width,
          height: item.height,
        }));
      pages.push({ items, operations: drawing(await page.getOperatorList()) });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** The steps that place paths: graphics state saved and restored, transforms, and each path's box. */
function drawing(operators) {
  const steps = [];
  operators.fnArray.forEach((fn, index) => {
    const args = operators.argsArray[index];
    if (fn === OPS.save) steps.push(['save']);
    else if (fn === OPS.restore) steps.push(['restore']);
    else if (fn === OPS.transform) steps.push(['transform', Array.from(args)]);
    else if (fn === OPS.constructPath && args?.[2]) steps.push(['path', Array.from(args[2])]);
  });
  return steps;
}
