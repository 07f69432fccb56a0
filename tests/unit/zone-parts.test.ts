/** A province's report naming the parts of its free trade zone, written for this test. */
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extract-text.ts';

const REPORT = [
  '2026年四川省人民政府工作报告',
  '深化自贸试验区提升战略，推动成都片区扩区提质，支持泸州片区建设临港物流园。',
  '推进乡村振兴片区建设。',
].join('\n');

describe('the parts of a zone', () => {
  it('reads a 片区 named by a city after a free trade zone as a park within it', async () => {
    const { graph } = await extractText(REPORT, 'sichuan-report.txt');
    const parks = graph.nodes.filter((node) => node.label === 'Park');
    const zone = parks.find((park) => park.name === '中国（四川）自由贸易试验区');
    const parts = parks.filter((park) => park.name.endsWith('片区'));
    expect(parts.map((park) => [park.name, park.aliases])).toEqual([
      ['中国（四川）自由贸易试验区成都片区', ['成都片区']],
      ['中国（四川）自由贸易试验区泸州片区', ['泸州片区']],
    ]);
    for (const part of parts) {
      expect(graph.edges).toContainEqual(
        expect.objectContaining({ type: 'PART_OF', source: part.id, target: zone?.id }),
      );
    }
  });
});
