/**
 * An industry chain as a list: the industry and its parts (indented by depth, as the taxonomy
 * nests them), and for each part the parks that host it (with the strongest role), the regions
 * whose plans prioritize it and the projects in it. A part no park hosts and no region
 * prioritizes is marked as a gap. Each entity is a button that draws it with its evidence.
 */
import { button, el } from './dom.ts';
import type { ChainMember, IndustryChainAnswer } from './queries.ts';

type Part = IndustryChainAnswer['industryChain'][number];

export function chainView(parts: Part[], place: (id: string) => void): HTMLElement {
  const list = el('div', 'chain');
  const gaps = parts.filter((part) => part.parks.length === 0 && part.regions.length === 0).length;
  list.append(
    el('h3', '', `产业链环节 ${parts.length} 个 · 缺口 ${gaps} 个（没有园区承载、也没有地区列为重点）`),
  );
  for (const part of ordered(parts)) {
    const gap = part.parks.length === 0 && part.regions.length === 0;
    const row = el('div', `chain-part${gap ? ' gap' : ''}`);
    row.dataset.industry = part.industryId;
    row.style.paddingLeft = `${part.depth * 1.2}rem`;
    const name = el('strong', '', part.name);
    name.title = gap ? '缺口：这些文件中没有园区承载、也没有地区列为重点' : part.name;
    row.append(name);
    if (gap) row.append(el('span', 'chain-kind', '缺口 · gap'));
    const members = (
      caption: string,
      kind: string,
      entries: ChainMember[],
      describe: (m: ChainMember) => string,
    ) => {
      if (entries.length === 0) return;
      row.append(el('span', 'chain-kind', caption));
      for (const member of entries) {
        const pick = button(member.name, `chain-${kind}`, () => place(member.id));
        pick.title = describe(member);
        row.append(pick);
      }
    };
    members('园区', 'park', part.parks, (m) => [m.place, m.role].filter(Boolean).join(' · '));
    members('地区', 'region', part.regions, () => '规划重点 PRIORITIZES');
    members('项目', 'project', part.projects, (m) => m.place ?? '');
    list.append(row);
  }
  return list;
}

/** Parts in tree order: each under its parent, the parent's order kept. */
function ordered(parts: Part[]): Part[] {
  const children = new Map<string | null, Part[]>();
  const ids = new Set(parts.map((p) => p.industryId));
  for (const part of parts) {
    const parent = part.parentId && ids.has(part.parentId) && part.depth > 0 ? part.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), part]);
  }
  const result: Part[] = [];
  const visit = (parent: string | null) => {
    for (const part of children.get(parent) ?? []) {
      result.push(part);
      visit(part.industryId);
    }
  };
  visit(null);
  return result;
}
