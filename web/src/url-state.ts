/**
 * The view's state in the URL's hash — `#nodes=id1,id2&layout=fcose&sel=id&pins=id` — so a
 * reload or a shared link draws the same graph. The server needs nothing for it.
 */
import { isLayoutName, type LayoutName } from './layouts.ts';

export interface ViewState {
  nodes: string[];
  layout: LayoutName;
  selected: string | null;
  pinned: string[];
}

/** The hash's parameters, values still percent-encoded (lists are split before decoding). */
function rawParameters(hash: string): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const at = part.indexOf('=');
    if (at > 0) parameters.set(part.slice(0, at), part.slice(at + 1));
  }
  return parameters;
}

function decodedList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .filter(Boolean)
    .flatMap((item) => {
      try {
        return [decodeURIComponent(item)];
      } catch {
        return [];
      }
    });
}

export function readViewState(hash: string): ViewState | null {
  const parameters = rawParameters(hash);
  const nodes = decodedList(parameters.get('nodes'));
  if (nodes.length === 0) return null;
  const layout = parameters.get('layout');
  return {
    nodes,
    layout: isLayoutName(layout) ? layout : 'fcose',
    selected: decodedList(parameters.get('sel'))[0] ?? null,
    pinned: decodedList(parameters.get('pins')),
  };
}

/** The hash for a state; ids are percent-encoded one by one so commas separate them safely. */
export function viewStateHash(state: ViewState): string {
  if (state.nodes.length === 0) return '';
  const join = (ids: string[]) => ids.map(encodeURIComponent).join(',');
  const parts = [`nodes=${join(state.nodes)}`, `layout=${state.layout}`];
  if (state.selected) parts.push(`sel=${encodeURIComponent(state.selected)}`);
  if (state.pinned.length > 0) parts.push(`pins=${join(state.pinned)}`);
  return `#${parts.join('&')}`;
}
