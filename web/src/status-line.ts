/**
 * The status line under the header, the loading indicator over the canvas, and what an error
 * means to the person reading it (the server is down, the database is unavailable…).
 */
import { ApiError } from './api.ts';

export class StatusLine {
  /** Pieces of work under way: the indicator shows while any is. */
  private pending = 0;

  constructor(
    private readonly line: HTMLElement,
    private readonly busy: HTMLElement,
  ) {}

  /** What the status line says now. */
  get text(): string {
    return this.line.textContent ?? '';
  }

  say(text: string, kind: 'info' | 'error' = 'info'): void {
    this.line.textContent = text;
    this.line.classList.toggle('error', kind === 'error');
  }

  showError(error: unknown): void {
    this.say(explain(error), 'error');
  }

  /** Runs `work` with the loading indicator shown; errors go to the status line. */
  async whileBusy<T>(text: string, work: () => Promise<T>): Promise<T | undefined> {
    this.pending += 1;
    this.busy.textContent = text;
    this.busy.hidden = false;
    try {
      return await work();
    } catch (error) {
      this.showError(error);
      return undefined;
    } finally {
      this.pending -= 1;
      this.busy.hidden = this.pending === 0;
    }
  }
}

/** An error as a person can act on it. */
export function explain(error: unknown): string {
  if (error instanceof ApiError && error.code === 'NETWORK') {
    return '无法连接服务器，请确认服务在运行（npm run serve）后重试 · The API server is not reachable: is it running?';
  }
  if (error instanceof ApiError && error.code === 'DATABASE_UNAVAILABLE') {
    return `数据库不可用 · The database is unavailable: ${error.message}`;
  }
  return `出错了 · ${error instanceof Error ? error.message : String(error)}`;
}
