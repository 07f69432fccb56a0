import cliProgress from 'cli-progress';

/** Feedback while documents load: a bar on a terminal, one plain line per document elsewhere (CI, logs). */
export interface IngestProgress {
  documentDone(file: string, outcome: 'loaded' | 'failed', detail: string): void;
  stop(): void;
}

export function ingestProgress(total: number, stream: NodeJS.WriteStream = process.stdout): IngestProgress {
  if (!stream.isTTY) {
    let done = 0;
    return {
      documentDone(file, outcome, detail) {
        done += 1;
        stream.write(`[${done}/${total}] ${outcome} ${file} ${detail}\n`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: 'loading {bar} {value}/{total} documents  {file}',
      stream,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return {
    documentDone(file, outcome, detail) {
      bar.increment(1, { file: `${outcome} ${file} ${detail}` });
    },
    stop() {
      bar.stop();
    },
  };
}
