/** What a sentence says of the projects it names, on sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { loadProjectLexicon } from '../../ingest/vocabulary/lexicons.ts';
import { ProjectFactReader } from '../../ingest/vocabulary/project-facts.ts';

const reader = new ProjectFactReader(loadProjectLexicon().statusCues);

describe('ProjectFactReader', () => {
  it.each([
    ['总投资32亿元的青石港二期工程今年开工建设。', '青石港二期工程', { status: '新开工', investment: 32 }],
    ['白鹭洲大桥建成通车，云台水库竣工投产。', '云台水库', { status: '投产' }],
    ['续建北岭至沙河高速公路，计划投资8000万元。', '北岭至沙河高速公路', { status: '续建', investment: 0.8 }],
    ['积极谋划临江机场，推进规划展览馆建设。', '临江机场', { status: '前期' }],
    ['推进规划展览馆建设。', '规划展览馆', {}],
    // An amount right before the name, with 的, is its own, in a clause of several.
    ['加快推进总投资56亿元的青石氢能装备项目、白鹭供水工程。', '青石氢能装备项目', { investment: 56 }],
    // A capacity its clause gives, or its name holds, as written without layout spaces.
    [
      '青石电厂二期工程竣工投产，新增装机容量 2×66 万千瓦。',
      '青石电厂二期工程',
      { status: '投产', capacity: '装机容量2×66万千瓦' },
    ],
    [
      '开工建设青石电厂三期工程，装机容量 2×66 万千瓦。',
      '青石电厂三期工程',
      { status: '新开工', capacity: '装机容量2×66万千瓦' },
    ],
    [
      '建成白鹭年产5万吨锂电池隔膜项目。',
      '白鹭年产5万吨锂电池隔膜项目',
      { status: '建成', capacity: '年产5万吨' },
    ],
    ['推进临江200MW农光互补光伏发电。', '临江200MW农光互补光伏发电', { capacity: '200MW' }],
    // A count or an amount of money is no capacity.
    ['新建青石港码头泊位3个。', '青石港码头', {}],
  ])('%s → %s', (sentence, name, facts) => {
    expect(reader.read(sentence, name, [name])).toEqual(facts);
  });

  it('gives a list its status, but no item the list’s total investment', () => {
    const sentence = '新开工青石港、白鹭洲港等项目，总投资50亿元。';
    const names = ['青石港', '白鹭洲港'];
    expect(reader.read(sentence, '青石港', names)).toEqual({ status: '新开工' });
    // Nor a name that stands for a list (A等…项目18个).
    expect(
      reader.read('签约引进青石锂电基地等重大产业项目18个，总投资超过500亿元。', '青石锂电基地'),
    ).toEqual({});
  });
});
