/** Table tests of the small pure parts: numerals, park names, issuers, cursors, Lucene escaping, data files. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../ingest/read/chinese-numerals.ts';
import { cleanLine, originalSpan } from '../../ingest/read/clean-line.ts';
import { IndustryLexicon, loadGoalGrammar, loadParkLexicon } from '../../ingest/vocabulary/lexicons.ts';
import { ParkNameReader } from '../../ingest/vocabulary/park-names.ts';
import { RegionGazetteer } from '../../ingest/vocabulary/region-gazetteer.ts';
import { loadDivisions } from '../../ingest/vocabulary/regions.ts';
import { luceneQuery } from '../../server/lucene-query.ts';
import { decodeCursor, encodeCursor } from '../../server/nodes-cursor.ts';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
    ['一百', 100],
    ['一百零五', 105],
    ['两百', 200],
    ['〇', 0],
    ['2025', 2025],
  ])('%s → %i', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '第一', '十a', '一.五'])('%s is no number', (text) => {
    expect(parseChineseNumber(text)).toBeNaN();
  });
});

describe('cleanLine', () => {
  it.each([
    ['**（三）加强保障。**', '（三）加强保障。'],
    // TeX math a PDF converter left: the sign it stands for, at its command's place.
    ['报销比例 $\\geq 70\\%$ 。', '报销比例 ≥ 70% 。'],
    ['占比 $\\leq 5\\%$', '占比 ≤ 5%'],
  ])('%s reads as %s, quoted from the original', (original, text) => {
    const clean = cleanLine(original);
    expect(clean.text).toBe(text);
    const at = text.search(/\d/u);
    expect(original).toContain(originalSpan(original, clean, at, text.length).quote);
  });
});

describe('ParkNameReader', () => {
  const reader = new ParkNameReader(loadParkLexicon(), IndustryLexicon.load().surfaces());
  // Places these sentences name, as a gazetteer would find them (other provinces' names too).
  const places = [
    '遵义',
    '绵阳',
    '宜宾',
    '洛阳',
    '芜湖',
    '常德',
    '四川',
    '九江',
    '十堰',
    '桃源',
    '临澧',
    '石门',
  ];
  const placeAt = Object.assign(
    (text: string) => {
      const offsets = places.map((place) => text.indexOf(place)).filter((offset) => offset >= 0);
      return offsets.length ? Math.min(...offsets) : -1;
    },
    // (四川 is a province: no base is named by it.)
    {
      whole: (text: string) => places.includes(text),
      local: (text: string) => places.includes(text) && text !== '四川',
    },
  );
  const names = (text: string) => reader.find(text, placeAt).map((found) => found.name.surface);

  it.each([
    ['加快建设遵义经济技术开发区，', ['遵义经济技术开发区']],
    ['支持绵阳高新区打造电子信息产业集群', ['绵阳高新区']],
    ['宜宾临港经济技术开发区和洛阳高新技术产业开发区', ['宜宾临港经济技术开发区', '洛阳高新技术产业开发区']],
    ['推动芜湖经开区、常德高新区扩区调区', ['芜湖经开区', '常德高新区']],
    ['高标准建设中国（四川）自由贸易试验区', ['中国（四川）自由贸易试验区']],
    ['支持绵阳科技城和宜宾三江新区建设', ['绵阳科技城', '宜宾三江新区']],
    ['推动洛阳综保区扩区', ['洛阳综保区']],
    // A city-like zone's name is short, and no gazetteer knows it.
    ['推动东湖科学城、滨江科创城开发提速', ['东湖科学城', '滨江科创城']],
    // A demonstration park with a name of its own; 于 ends what comes before a name.
    ['建设龙泉山地丘陵现代农业示范园', ['龙泉山地丘陵现代农业示范园']],
    ['牵头于星河电商产业园', ['星河电商产业园']],
    // A chemical zone after a place; a cooperation zone and the start-up area within it.
    ['调整优化常德化工区管理职能', ['常德化工区']],
    ['南湖国际商务合作区先行启动区通过验收', ['南湖国际商务合作区', '南湖国际商务合作区先行启动区']],
    // A place in brackets qualifies the word the name starts with.
    ['提升南部（芜湖）科学城功能', ['南部（芜湖）科学城']],
    ['青螺山（常德）文化创意产业园营收增长', ['青螺山（常德）文化创意产业园']],
    ['加速东岭科学城建设', ['东岭科学城']],
    // An industrial concentration zone, a bonded port zone.
    ['宜宾江北新兴产业集中区重点发展航空零部件', ['宜宾江北新兴产业集中区']],
    ['支持洛阳保税港区发展', ['洛阳保税港区']],
    // A place whose name starts with a numeral.
    ['推动九江经济技术开发区和十堰经开区扩区', ['九江经济技术开发区', '十堰经开区']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '推动各类园区提质增效',
    '全省省级以上开发区',
    '建设一批特色产业园',
    '争创国家级经开区',
    '新增国家现代农业产业园11个',
    '打造食品产业园',
    '全面落实省级开发区管理制度',
    '建成五百亿级开发区2个',
    '建设一批现代农业示范园',
    '推进化工区整治',
    '加快打造世界领先科技园区',
    '加强清廉开发区建设',
    '推动产业集中区提质',
    '建设三大开发区',
    '培育两个省级高新区',
    '建设一二三产融合示范园',
    '培育跨境电商产业园14个',
    '加快建设农业创业孵化园',
  ])('%s names no park', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('reads a park within a city’s own zone written short by the zone’s full name', () => {
    const own = { issuer: '绵阳', province: '四川', local: true };
    const found = reader.find('加快推进高新区竹循环经济产业园建设', placeAt, own);
    expect(found.map((f) => [f.name.surface, f.name.written, f.name.within?.surface])).toEqual([
      ['绵阳高新区', '高新区', undefined],
      ['绵阳高新区竹循环经济产业园', '高新区竹循环经济产业园', '绵阳高新区'],
    ]);
  });

  it('reads a zone a province has one of, written alone, as the issuing province’s', () => {
    const own = { issuer: '绵阳', province: '四川' };
    const found = (text: string) => reader.find(text, placeAt, own).map((f) => f.name.surface);
    expect(found('推动自贸试验区扩区提质，深化改革。')).toEqual(['中国（四川）自由贸易试验区']);
    expect(found('支持自贸区、综保区联动发展')).toEqual(['中国（四川）自由贸易试验区']);
    // Without the issuer's province, or inside a longer word, it names nothing.
    expect(names('推动自贸试验区扩区提质')).toEqual([]);
    expect(found('各地自贸试验区')).toEqual([]);
  });

  it('reads a paragraph’s label as a park: 片区 only when the paragraph speaks of an industrial area', () => {
    const label = (text: string, line: string) => reader.parseLabel(text, placeAt, line)?.surface ?? null;
    expect(label('青石片区', '——青石片区。以北辰电子为龙头，打造电子信息产业区。')).toBe('青石片区');
    expect(label('青石片区', '——青石片区。发挥湿地公园优势，发展乡村旅游。')).toBeNull();
    expect(label('芜湖经开区', '芜湖经开区：发展汽车零部件。')).toBe('芜湖经开区');
    expect(label('城区片区', '——城区片区。以龙头企业为依托…')).toBeNull();
  });

  it('reads the items of a list of parks as parks, whatever their suffix, but not areas or ways', () => {
    const listed = (text: string) =>
      reader.listedParks(text, placeAt).flatMap((list) => list.parks.map((name) => name.surface));
    expect(listed('提升星河小镇、南岭芯谷、滨江大飞机园等特色园区能级')).toEqual([
      '星河小镇',
      '南岭芯谷',
      '滨江大飞机园',
    ]);
    expect(listed('梳理长株潭等省内先进地区、沿海协作区等省外重点园区')).toEqual([]);
    expect(listed('通过股份合作、“园中园”等方式共建共管园区')).toEqual([]);
    expect(listed('推进北岭物流港、白水货运站等物流园区')).toEqual([]);
    // The kind of park the list names says what they carry.
    expect(reader.listedParks('推动滨江示范园、临江经济区等数字经济园区发展', placeAt)[0]?.kind).toBe(
      '数字经济',
    );
  });

  it('reads a short kind alone as the issuing city’s or county’s own zone, not a province’s', () => {
    const own = (local: boolean) => (text: string) =>
      reader.find(text, placeAt, { issuer: '绵阳', local }).map((f) => f.name.surface);
    expect(own(true)('推动高新区提质升级，支持市经开区扩区')).toEqual(['绵阳高新区', '绵阳经开区']);
    expect(own(false)('推动高新区提质升级')).toEqual([]);
    expect(own(true)('各类高新区、国家级高新区')).toEqual([]);
  });

  it('reads the park a park lies within from its name', () => {
    const found = reader.find('推进洛阳高新区电子信息产业园建设项目', placeAt);
    expect(found.map((f) => f.name.surface)).toEqual(['洛阳高新区', '洛阳高新区电子信息产业园']);
    expect(found[1]?.name.within?.surface).toBe('洛阳高新区');
    expect(reader.parse('常德经开区智能装备产业园', placeAt)?.within?.surface).toBe('常德经开区');
    expect(reader.parse('常德经开区', placeAt)?.within).toBeUndefined();
    // A free-trade zone's new area is named by two characters alone (临江新片区); a new district needs a place.
    expect(reader.find('加力建设自贸试验区及临江新片区', placeAt).map((f) => f.name.surface)).toContain(
      '临江新片区',
    );
    expect(reader.find('推动城东新区建设', placeAt)).toEqual([]);
    // A core area is a park's part only after the park (常德国家农科园|石门核心区), never alone.
    expect(reader.find('建设常德国家农科园石门核心区', placeAt).map((f) => f.name.surface)).toEqual([
      '常德国家农科园',
      '常德国家农科园石门核心区',
    ]);
    expect(reader.find('推动石门核心区建设', placeAt)).toEqual([]);
  });

  it('reads a 园区 right after a place as that place’s park, and places listed before it as parks too', () => {
    expect(names('桃源、临澧园区产值均超过50亿元，石门园区产值超过80亿元')).toEqual([
      '桃源园区',
      '临澧园区',
      '石门园区',
    ]);
    expect(names('支持桃源、临澧、常德高新区等打造夜间经济集聚区')).toEqual(['常德高新区']);
    expect(names('支持桃源、常德高新区、石门工业园、临澧等发展')).toEqual(['常德高新区', '石门工业园']);
    // 园区 after other words, or after 本市, names no park.
    expect(names('推进常德智慧园区建设，加强本市园区间协同，打造智慧园区')).toEqual([]);
    expect(reader.find('加强本市园区间协同', placeAt, { issuer: '常德', local: true })).toEqual([]);
  });

  it('reads a zone the state names by an area no gazetteer holds, and a place’s 农综区', () => {
    expect(names('高水平建设江淮平原国家农高区、芜湖国家农综区')).toEqual([
      '江淮平原国家农高区',
      '芜湖国家农综区',
    ]);
    expect(names('创建国家级农高区，支持江淮平原农高区建设')).toEqual([]);
  });

  it('reads a 综保区 by a two-character name no gazetteer holds, not a 综保区 alone', () => {
    expect(names('青溪综保区开关运作，推动综保区错位发展，支持新设综保区')).toEqual(['青溪综保区']);
  });

  it('reads the pair of countries a zone opens with, and a zone planned to be built', () => {
    expect(names('加快建设中德绵阳高端装备产业园、中新芜湖未来产业城')).toEqual([
      '中德绵阳高端装备产业园',
      '中新芜湖未来产业城',
    ]);
    expect(reader.parse('中德绵阳高端装备产业园', placeAt)?.place).toBe('绵阳高端装备');
    expect(names('规划建设江淮湾未来科技动力产业城')).toEqual(['江淮湾未来科技动力产业城']);
  });

  it('reads a 科创园 and a valley of a technology by a two-character name, not a 药谷', () => {
    expect(names('支持青溪科创园探索科技成果转化新模式')).toEqual(['青溪科创园']);
    expect(names('完善江城光谷、淮上量子谷产业生态')).toEqual(['江城光谷', '淮上量子谷']);
    expect(names('建设青溪药谷康养中心')).toEqual([]);
  });

  it('reads the kind and the level from the name', () => {
    const [found] = reader.find('洛阳国家高新技术产业开发区', placeAt);
    expect(found?.name.place).toBe('洛阳');
    expect(found?.name.kind).toBeTruthy();
  });
});

describe('nodes cursors', () => {
  it.each([
    [{ sort: 'Park NAME ASC', key: '中方工业集中区', id: 'park:中方|工业集中区' }, 'string'],
    [{ sort: 'Goal TARGET_YEAR DESC', key: 2025, id: 'goal:x' }, 'number'],
    [{ sort: 'Goal TARGET_YEAR ASC', key: null, id: 'goal:y' }, 'number'],
  ] as const)('%j survives a round trip', (cursor, keyType) => {
    expect(decodeCursor(encodeCursor(cursor), cursor.sort, keyType)).toEqual(cursor);
  });

  it('refuses a cursor for another sort, one of the wrong key type, and one it never gave out', () => {
    const cursor = encodeCursor({ sort: 'Park NAME ASC', key: 'a', id: 'b' });
    expect(() => decodeCursor(cursor, 'Park ID ASC', 'string')).toThrow(/given out for Park NAME ASC/);
    expect(() => decodeCursor(cursor, 'Park NAME ASC', 'number')).toThrow(/not a cursor/);
    expect(() => decodeCursor('not base64 json', 'Park NAME ASC', 'string')).toThrow(/not a cursor/);
  });

  it('starts from the beginning without one', () => {
    expect(decodeCursor(null, 'Park NAME ASC', 'string')).toBeNull();
  });
});

describe('luceneQuery', () => {
  it.each([
    ['高新', '"高新"'],
    ['怀化 高新', '"怀化" OR "高新"'],
    ['  a  ', '"a"'],
    ['高新 AND', '"高新" OR "AND"'],
    ['say "hi"', '"say" OR "\\"hi\\""'],
    ['a\\b', '"a\\\\b"'],
  ])('%s → %s', (text, query) => {
    expect(luceneQuery(text)).toBe(query);
  });
});

describe('the division a title names, as its issuer', () => {
  const gazetteer = new RegionGazetteer(loadDivisions());
  it.each([
    ['2026年遵义市政府工作报告', '遵义市'],
    ['四川省绵阳市国民经济和社会发展第十五个五年规划纲要', '绵阳市'],
    ['湖南省人民政府关于支持怀化市建设的意见', '湖南省'],
    ['绵阳市人民政府公报 2026年第2期', '绵阳市'],
    // 东区 (四川) is not in 永州市; 南县 stands inside 湖南县域 without its parent named.
    ['永州市东区开发规划', '永州市'],
    ['湖南县域商业体系建设方案', undefined],
  ])('%s → %s', (title, issuer) => {
    expect(gazetteer.mostLocalNamed(title)?.name).toBe(issuer);
  });
});

describe('data files a user extends', () => {
  it('names a broken file and what is wrong with it', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'lexicon-'));
    const notJson = path.join(folder, 'goal-grammar.json');
    await writeFile(notJson, '{ "units": [');
    expect(() => loadGoalGrammar(notJson)).toThrow(/goal-grammar\.json cannot be read as JSON/);
    await writeFile(notJson, '{ "units": "%" }');
    expect(() => loadGoalGrammar(notJson)).toThrow(/"targetCues" must be a list/);
  });
});
