import { Worker } from 'node:worker_threads';
import { FormatProblem } from './format-problem.ts';
import type { DrawingStep } from './pdf-rules.ts';

/** A piece of a page's text layer, as pdfjs gives it. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** A page as the reader thread gives it: its text items and the steps that draw its paths. */
export interface PdfPage {
  items: PdfTextItem[];
  operations: DrawingStep[];
}

/** A PDF's pages, read by pdfjs in its own thread (pdf-worker.mjs). */
export function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  shared ??= new PdfReaderThread();
  return shared.read(bytes);
}

/**
 * The thread that runs pdfjs, started on the first PDF and kept for the next; idle, it does
 * not keep the process alive.
 */
class PdfReaderThread {
  private readonly worker = new Worker(new URL('./pdf-worker.mjs', import.meta.url));
  private readonly waiting = new Map<
    number,
    { resolve: (pages: PdfPage[]) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;

  constructor() {
    this.worker.on(
      'message',
      (message: { id: number; pages?: PdfPage[]; error?: { name: string; message: string } }) => {
        const waiting = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        // Idle, the thread must not keep the process alive (a listener refs it again).
        if (this.waiting.size === 0) this.worker.unref();
        if (!waiting) return;
        if (message.error) waiting.reject(readFailure(message.error));
        else waiting.resolve(message.pages ?? []);
      },
    );
    this.worker.on('error', (error) => {
      for (const waiting of this.waiting.values()) waiting.reject(error);
      this.waiting.clear();
      shared = undefined;
    });
  }

  read(bytes: Uint8Array): Promise<PdfPage[]> {
    const id = this.nextId++;
    this.worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // A copy: pdfjs takes ownership of the buffer it reads.
      this.worker.postMessage({ id, bytes: new Uint8Array(bytes) });
    });
  }
}

let shared: PdfReaderThread | undefined;

/** What pdfjs could not read, said for a person. */
function readFailure(error: { name: string; message: string }): FormatProblem {
  if (error.name === 'PasswordException') {
    return new FormatProblem(
      'is a password-protected PDF; open it with its password and save or print an unprotected copy',
      'pdf-password',
    );
  }
  return new FormatProblem(
    `cannot be read as a PDF (damaged or truncated?): ${error.message}`,
    'pdf-damaged',
  );
}
