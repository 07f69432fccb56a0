/**
 * The view's state in the URL's hash — `#nodes=id1,id2&layout=fcose&sel=id&pins=id`, and the
 * panel open over it (`&panel=goals&of=id&name=怀化市`) — so a reload or a shared link draws the
 * same graph and opens the same view. The server needs nothing for it.
 */
import { isLayoutName, type LayoutName } from './layouts.ts';

/** A named entity a panel shows. */
export interface Named {
  id: string;
  name: string;
}

/** The panel open over the graph: the matrix (or an industry chain), a region's goals, an indicator compared. */
export type PanelState =
  | { panel: 'matrix'; chain: Named | null }
  | { panel: 'goals'; region: Named }
  | { panel: 'indicator'; indicator: string };

export interface ViewState {
  nodes: string[];
  layout: LayoutName;
  selected: string | null;
  pinned: string[];
  panel: PanelState | null;
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

function readPanel(parameters: Map<string, string>): PanelState | null {
  const [of] = decodedList(parameters.get('of'));
  const named = of ? { id: of, name: decodedList(parameters.get('name'))[0] ?? of } : null;
  switch (parameters.get('panel')) {
    case 'matrix':
      return { panel: 'matrix', chain: named };
    case 'goals':
      return named ? { panel: 'goals', region: named } : null;
    case 'indicator':
      return of ? { panel: 'indicator', indicator: of } : null;
    default:
      return null;
  }
}

function panelParameters(state: PanelState): string[] {
  const named = (entity: Named | null) =>
    entity ? [`of=${encodeURIComponent(entity.id)}`, `name=${encodeURIComponent(entity.name)}`] : [];
  switch (state.panel) {
    case 'matrix':
      return ['panel=matrix', ...named(state.chain)];
    case 'goals':
      return ['panel=goals', ...named(state.region)];
    case 'indicator':
      return ['panel=indicator', `of=${encodeURIComponent(state.indicator)}`];
  }
}

export function readViewState(hash: string): ViewState | null {
  const parameters = rawParameters(hash);
  const nodes = decodedList(parameters.get('nodes'));
  const panel = readPanel(parameters);
  if (nodes.length === 0 && !panel) return null;
  const layout = parameters.get('layout');
  return {
    nodes,
    layout: isLayoutName(layout) ? layout : 'fcose',
    selected: decodedList(parameters.get('sel'))[0] ?? null,
    pinned: decodedList(parameters.get('pins')),
    panel,
  };
}

/** The hash for a state; ids are percent-encoded one by one so commas separate them safely. */
export function viewStateHash(state: ViewState): string {
  const join = (ids: string[]) => ids.map(encodeURIComponent).join(',');
  const parts: string[] = [];
  if (state.nodes.length > 0) {
    parts.push(`nodes=${join(state.nodes)}`, `layout=${state.layout}`);
    if (state.selected) parts.push(`sel=${encodeURIComponent(state.selected)}`);
    if (state.pinned.length > 0) parts.push(`pins=${join(state.pinned)}`);
  }
  if (state.panel) parts.push(...panelParameters(state.panel));
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
