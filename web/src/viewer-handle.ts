/**
 * What the page exposes as `window.planGraphViewer`: for the browser tests, the benchmark
 * (scripts/bench/viewer.ts) and people poking at the graph from the console.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphView } from './graph-view.ts';
import type { LayoutName } from './layouts.ts';

/** Resolves once the browser has drawn the current state (two animation frames on). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export function exposeViewer(view: GraphView, firstGraphAt: () => number | null): void {
  /** Draws given elements with a layout and waits for the frame: for the benchmark. */
  const loadElements = async (elements: ElementDefinition[], layout: LayoutName = 'fcose') => {
    const started = performance.now();
    await view.replace(elements, layout);
    const laidOut = performance.now();
    await nextPaint();
    return { layoutMs: laidOut - started, totalMs: performance.now() - started };
  };
  Object.assign(window, {
    planGraphViewer: {
      cy: view.cy,
      view,
      loadElements,
      get firstGraphAt() {
        return firstGraphAt();
      },
    },
  });
}
