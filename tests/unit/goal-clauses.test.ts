/** Goals in running text, on sentences written for this test (other places, other plans). */
import { describe, expect, it } from 'vitest';
import { GoalClauseReader } from '../../ingest/vocabulary/goal-clauses.ts';
import { loadGoalGrammar } from '../../ingest/vocabulary/lexicons.ts';
import { extractText } from '../support/extract-text.ts';

const reader = new GoalClauseReader(loadGoalGrammar());
const goals = (sentence: string, pastYear?: number) =>
  reader
    .read(sentence, pastYear)
    .map((g) => [g.indicator, g.kind, g.value, g.valueMax, g.unit, g.qualifier, g.year]);

describe('GoalClauseReader', () => {
  it('reads a subject and its cue apart from what is measured, and no manner word as an indicator', () => {
    expect(goals('园区力争规上工业总产值突破900亿元，积极争取80平方公里左右。')).toEqual([
      ['园区规上工业总产值', 'level', 900, null, '亿元', '突破', null],
    ]);
    expect(goals('光伏产业营业收入力争达到800亿元。')).toEqual([
      ['光伏产业营业收入', 'level', 800, null, '亿元', '达到', null],
    ]);
    // What is held (开展, 举办) is counted, the quotes around a name kept whole or not at all.
    expect(goals('开展线上招聘活动12场，举办“乐购青岚”活动30场，新增“四上企业”40家。')).toEqual([
      ['线上招聘活动', 'level', 12, null, '场', null, null],
      ['“乐购青岚”活动', 'level', 30, null, '场', null, null],
      ['新增“四上企业”', 'level', 40, null, '家', null, null],
    ]);
    // Counts and amounts in Chinese numerals, right after what promises them; not rhetorical ones.
    expect(goals('力争培育一家以上省级龙头企业，新增两个国家级园区，守住一条底线。')).toEqual([
      ['培育省级龙头企业', 'level', 1, null, '家', '以上', null],
      ['新增国家级园区', 'level', 2, null, '个', null, null],
    ]);
    expect(goals('地区生产总值突破千亿元。')).toEqual([
      ['地区生产总值', 'level', 1000, null, '亿元', '突破', null],
    ]);
    // A counted unit in ten thousands keeps what it counts (万项), listed or not.
    expect(goals('转移转化成果1.25万项。')).toEqual([
      ['转移转化成果', 'level', 1.25, null, '万项', null, null],
    ]);
    // A bound (≥) promises in a report's task too.
    expect(reader.setsTargets('职工住院费用报销比例≥70%。', '', true, 2025)).toBe(true);
  });

  it('reads what an action counts after its number, and its qualifier, and a level reached by 发展到', () => {
    expect(
      goals('到2030年，培育8家以上专精特新企业，推出12个乡村旅游精品线路，茶园面积发展到30万亩。'),
    ).toEqual([
      ['培育专精特新企业', 'level', 8, null, '家', '以上', 2030],
      ['推出乡村旅游精品线路', 'level', 12, null, '个', null, 2030],
      ['茶园面积', 'level', 30, null, '万亩', '发展到', 2030],
    ]);
  });

  it('reads what is counted after a list of names before the count, not after a list of actions', () => {
    expect(goals('建设青石白鹭、北岭、云台3个烤烟基础单元，新建、改造35千伏输电线路40条。')).toEqual([
      ['烤烟基础单元', 'level', 3, null, '个', null, null],
      ['新建、改造35千伏输电线路', 'level', 40, null, '条', null, null],
    ]);
    // A number inside a name in a list (青年50人论坛等活动) counts no 论坛等活动.
    expect(
      goals('办好人才交流大会、创新创业青年50人论坛等活动').map(([indicator]) => indicator),
    ).not.toContain('论坛等活动');
  });

  it('reads a counted list after the number, and 争创 as an action', () => {
    expect(goals('创建80个高标准现代农庄、家庭农场项目，争创3个国家级休闲农业示范县')).toEqual([
      ['创建高标准现代农庄、家庭农场项目', 'level', 80, null, '个', null, null],
      ['争创国家级休闲农业示范县', 'level', 3, null, '个', null, null],
    ]);
  });

  it('takes a year compared with out of the indicator and dates nothing by it', () => {
    expect(goals('单位地区生产总值能耗比2025年下降12%', 2025)).toEqual([
      ['单位地区生产总值能耗', 'growth', 12, null, '%', null, null],
    ]);
    expect(reader.readCell('较2025年下降10%以上')).toEqual({ value: 10, valueMax: null, qualifier: '以上' });
  });

  it('reads a target from its baseline (由…到), what a subject achieves (实现), and a bare rate of the goal before it', () => {
    expect(goals('到2030年，全市茶叶加工能力由现在的12万吨发展到20万吨，纺织产业实现总产值45亿元。')).toEqual(
      [
        ['茶叶加工能力', 'level', 20, null, '万吨', '发展到', 2030],
        ['纺织产业总产值', 'level', 45, null, '亿元', null, 2030],
      ],
    );
    expect(goals('到2030年，全市制造业增加值达120亿元，年均增速8%。')).toEqual([
      ['制造业增加值', 'level', 120, null, '亿元', '达', 2030],
      ['制造业增加值', 'growth', 8, null, '%', null, 2030],
    ]);
    // A growth written with no indicator of its own is the goal's before it too.
    expect(goals('到2030年，全市光伏组件产能达到80万千瓦、年均增长12%以上。')).toEqual([
      ['光伏组件产能', 'level', 80, null, '万千瓦', '达到', 2030],
      ['光伏组件产能', 'growth', 12, null, '%', '以上', 2030],
    ]);
    expect(reader.read('全市光伏组件产能达到80万千瓦、年均增长12%以上。')[1]?.text).toBe('年均增长12%以上');
    // …and a level reached: 迈上3万亿元台阶.
    expect(goals('全省地区生产总值年均增长5%左右、迈上3万亿元台阶。')).toEqual([
      ['地区生产总值', 'growth', 5, null, '%', '左右', null],
      ['地区生产总值', 'level', 3, null, '万亿元', '迈上', null],
    ]);
    // A baseline after 从 is where it starts, as after 由.
    expect(goals('到2030年，人均预期寿命从2025年的80岁提升至81岁。')).toEqual([
      ['人均预期寿命', 'level', 81, null, '岁', '提升至', 2030],
    ]);
  });

  it('takes an average yearly growth in a plan as a target, without another cue', () => {
    expect(reader.setsTargets('保持经济平稳增长，全市地区生产总值年均增长6%。', '第二章 › 第一节')).toBe(
      true,
    );
    expect(reader.setsTargets('保持经济平稳增长，全市经济运行总体平稳。', '第二章 › 第一节')).toBe(false);
  });

  it('reads what is counted after places before 共, takes no number of a quoted slogan, and shares a measured head', () => {
    expect(goals('到2030年，新建青石、白沙共4个千吨级码头泊位，落实“三个90%”要求。')).toEqual([
      ['新建千吨级码头泊位', 'level', 4, null, '个', null, 2030],
    ]);
    expect(goals('到2030年，新增风电、光伏、生物质发电装机规模分别达80万千瓦、120万千瓦和3万千瓦。')).toEqual(
      [
        ['新增风电装机规模', 'level', 80, null, '万千瓦', '达', 2030],
        ['光伏装机规模', 'level', 120, null, '万千瓦', '达', 2030],
        ['生物质发电装机规模', 'level', 3, null, '万千瓦', '达', 2030],
      ],
    );
  });

  it('splits a main-target sentence into one goal per clause, with value, unit, qualifier and kind', () => {
    expect(
      goals(
        '今年主要预期目标是：全市地区生产总值增长6%左右，一般公共预算收入增长3%，城镇新增就业3.2万人以上，城镇调查失业率控制在5.5%以内，粮食产量稳定在45亿斤以上。',
      ),
    ).toEqual([
      ['地区生产总值', 'growth', 6, null, '%', '左右', null],
      ['一般公共预算收入', 'growth', 3, null, '%', null, null],
      ['城镇新增就业', 'level', 3.2, null, '万人', '以上', null],
      ['城镇调查失业率', 'level', 5.5, null, '%', '以内', null],
      ['粮食产量', 'level', 45, null, '亿斤', '以上', null],
    ]);
  });

  it('splits a 分别 clause into one goal per subject, spelling out shared heads and compound prefixes', () => {
    expect(
      goals(
        '今年主要预期目标是：一二三产增加值分别增长4%左右、7%左右、5.5%左右；城镇和农村常住居民人均可支配收入分别增长5%和7%；城乡居民医保参保率分别达到95%、96%。',
      ),
    ).toEqual([
      ['一产增加值', 'growth', 4, null, '%', '左右', null],
      ['二产增加值', 'growth', 7, null, '%', '左右', null],
      ['三产增加值', 'growth', 5.5, null, '%', '左右', null],
      ['城镇常住居民人均可支配收入', 'growth', 5, null, '%', null, null],
      ['农村常住居民人均可支配收入', 'growth', 7, null, '%', null, null],
      ['城镇居民医保参保率', 'level', 95, null, '%', '达到', null],
      ['农村居民医保参保率', 'level', 96, null, '%', '达到', null],
    ]);
    // Without 分别, values one after another at the clause's end; long subjects share the measure.
    expect(goals('推广专用型早稻、高档优质晚稻种植面积 50 万亩、120 万亩')).toEqual([
      ['推广专用型早稻种植面积', 'level', 50, null, '万亩', null, null],
      ['高档优质晚稻种植面积', 'level', 120, null, '万亩', null, null],
    ]);
  });

  it('reads a list of counted works written number first, each item up to the next number', () => {
    expect(
      goals('全年完成1.2万亩茶园改造、3000亩油茶新造林及800亩竹林抚育任务，重点打造3—5个乡村振兴示范村。'),
    ).toEqual([
      ['茶园改造', 'level', 1.2, null, '万亩', null, null],
      ['油茶新造林', 'level', 3000, null, '亩', null, null],
      ['竹林抚育', 'level', 800, null, '亩', null, null],
      ['重点打造乡村振兴示范村', 'level', 3, 5, '个', null, null],
    ]);
    // Spaced as converted from PDF, with a bracket in an item.
    expect(goals('打造 8 个示范乡镇、60 个示范村（精品村）、900 个美丽宜居村')).toEqual([
      ['打造示范乡镇', 'level', 8, null, '个', null, null],
      ['示范村（精品村）', 'level', 60, null, '个', null, null],
      ['美丽宜居村', 'level', 900, null, '个', null, null],
    ]);
  });

  it('reads ranges, the year a sentence names, and levels to reach', () => {
    expect(goals('到2030年，常住人口城镇化率达到62%，研发经费投入强度提高到2.5%—2.8%。')).toEqual([
      ['常住人口城镇化率', 'level', 62, null, '%', '达到', 2030],
      ['研发经费投入强度', 'level', 2.5, 2.8, '%', '提高到', 2030],
    ]);
  });

  it('reads counted works of a task list, whatever side of the number the counted thing stands', () => {
    expect(goals('新建、改造农村供水管网120公里，新增5G基站800个，培育30家专精特新企业。')).toEqual([
      ['新建、改造农村供水管网', 'level', 120, null, '公里', null, null],
      ['新增5G基站', 'level', 800, null, '个', null, null],
      ['培育专精特新企业', 'level', 30, null, '家', null, null],
    ]);
  });

  it('keeps the promise as written, and takes no starting point or verb for a goal', () => {
    expect(
      reader
        .read('力争引进10家企业，常住人口城镇化率达到65%左右。')
        .map((goal) => [goal.indicator, goal.target]),
    ).toEqual([
      ['引进企业', '10家'],
      ['常住人口城镇化率', '达到65%左右'],
    ]);
    // The starting point after 由 is no goal; the target is the indicator's.
    expect(goals('规模以上工业企业由460家增加到600家，分别增长5%。')).toEqual([
      ['规模以上工业企业', 'level', 600, null, '家', '增加到', null],
    ]);
  });

  it('reads targets spaced as text converted from PDF writes them, without the time phrase', () => {
    expect(
      goals('到 2025 年，青岚市竹木加工产业总产值达 80 亿元。力争在 2025 年茶叶行业总产值达到 12 亿元。'),
    ).toEqual([
      ['青岚市竹木加工产业总产值', 'level', 80, null, '亿元', '达', 2025],
      ['茶叶行业总产值', 'level', 12, null, '亿元', '达到', 2025],
    ]);
    expect(reader.setsTargets('到 2025 年，青岚市竹木加工产业总产值达 80 亿元。', '第一节 工业')).toBe(true);
  });

  it('takes no list number into an indicator, and no number that says what a batch holds', () => {
    expect(goals('到2025年：1. 城镇新增就业5万人以上；2. 建设一批10万人以上人口规模的县城。')).toEqual([
      ['城镇新增就业', 'level', 5, null, '万人', '以上', 2025],
    ]);
  });

  it('sets no goal in a clause about last year', () => {
    expect(goals('力争全年接待游客增长8%，比2025年提高2个百分点。', 2025)).toEqual([
      ['接待游客', 'growth', 8, null, '%', null, null],
    ]);
  });

  it('tells targets from results', () => {
    expect(reader.setsTargets('力争新增市场主体1万户。', '三、2026年重点工作', true, 2025)).toBe(true);
    expect(reader.setsTargets('新增市场主体1.2万户。', '一、2025年工作回顾', true, 2025)).toBe(false);
    expect(reader.setsTargets('地区生产总值同比增长5.1%。', '', true, 2025)).toBe(false);
    expect(reader.setsTargets('到2025年，森林覆盖率达到70%。', '第三章', false)).toBe(true);
    // Dated only before the period: a result; a year compared with dates nothing.
    expect(reader.setsTargets('2025年规模以上工业企业达1196家，比2020年增加425家。', '', false, 2025)).toBe(
      false,
    );
    expect(reader.setsTargets('单位生产总值能耗比2025年下降13%以上。', '', false, 2025)).toBe(true);
    expect(reader.looksForward('今年是“十五五”开局之年。')).toBe(true);
    // A period named as the time of what is said, not one a clause refers to.
    expect(reader.periodYear('“十五五”期间，森林覆盖率达到70%。', true)).toBe(2030);
    expect(reader.periodYear('到“十五五”末，森林覆盖率达到70%。', true)).toBe(2030);
    expect(reader.periodYear('碳排放达到国家下达“十五五”目标任务的序时进度。', true)).toBeUndefined();
    // In a plan's tasks what is added promises it; other actions need a cue there.
    expect(reader.setsTargets('加快景区提质升级，新增国家4A级景区3个。', '第五章 文化旅游', false)).toBe(
      true,
    );
    expect(reader.setsTargets('实施景区提质工程，改造游客中心3个。', '第五章 文化旅游', false)).toBe(false);
    expect(reader.setsTargets('实施景区提质工程，改造游客中心3个。', '第五章 文化旅游', true)).toBe(true);
  });

  it('reads a review from the titles of the headings a sentence stands under, not a task that uses its words', () => {
    const review = '第一篇 开启新征程 › 第一章 决胜全面小康取得决定性成就 › 2. 产业结构不断优化';
    expect(reader.setsTargets('累计新增规模工业企业14家。', review, true)).toBe(false);
    expect(reader.setsTargets('到2025年，新增规模工业企业20家。', review, false)).toBe(false);
    const task = '实施方案 › 二、 重点任务 › （四） 推进乡村全面振兴,夯实“三农”发展基础';
    expect(reader.setsTargets('新建市级和美村庄7个。', task, true)).toBe(true);
    // Rules set amounts, not targets; a task that raises a standard still sets one.
    const rules = '青州市房屋征收与补偿实施办法 › 第三章 补偿';
    expect(reader.setsTargets('逾期12个月以内的，按标准的150%支付临时安置费。', rules, true)).toBe(false);
    const raise = '民生实事 › （13） 提高困难群体救助标准';
    expect(reader.setsTargets('力争城市低保标准达到每月800元。', raise, true)).toBe(true);
  });

  it('knows the last year of the plan period a section names', () => {
    expect(reader.periodYear('二、“十五五”时期主要目标任务')).toBe(2030);
    expect(reader.periodYear('三、2026年重点工作')).toBeUndefined();
    // Of two periods named, the later is the one aimed at.
    expect(reader.periodYear('二、“十四五”时期发展成就和“十五五”时期主要目标任务')).toBe(2030);
  });

  it('reads what a verb that carries out counts after its number (抓好, 形成; 开展 is no part of it)', () => {
    expect(goals('抓好420个省重大项目，形成25项以上创新成果，开展20个以上传统产业集群治理。')).toEqual([
      ['抓好省重大项目', 'level', 420, null, '个', null, null],
      ['形成创新成果', 'level', 25, null, '项', '以上', null],
      ['传统产业集群治理', 'level', 20, null, '个', '以上', null],
    ]);
  });

  it('takes an amount before 的 for what it describes, not a goal', () => {
    expect(goals('实施补链强链重点项目900个、投资2000万元以上的技改项目1500个。')).toEqual([
      ['实施补链强链重点项目', 'level', 900, null, '个', null, null],
      ['技改项目', 'level', 1500, null, '个', null, null],
    ]);
  });

  it('counts what follows a number with its own specification (6 个 500 吨级泊位)', () => {
    expect(goals('新建12 个千吨级散货码头泊位，6 个 500 吨级散货码头泊位。')).toEqual([
      ['新建千吨级散货码头泊位', 'level', 12, null, '个', null, null],
      ['500 吨级散货码头泊位', 'level', 6, null, '个', null, null],
    ]);
  });

  it('counts what a clause acts upon (对…) after its number, with what is done to it', () => {
    expect(
      goals(
        '拟对白沙等9个乡镇12处隐患点安装监测设备，对城区20个公共厕所进行提质改造，对符合条件的在5个工作日内办结。',
      ),
    ).toEqual([
      ['隐患点安装监测设备', 'level', 12, null, '处', null, null],
      ['公共厕所提质改造', 'level', 20, null, '个', null, null],
    ]);
  });

  it('gives a short 分别 subject the words the last one goes on with after the word they share', () => {
    expect(goals('早稻、中晚稻种植面积分别达到60万亩、180万亩。')).toEqual([
      ['早稻种植面积', 'level', 60, null, '万亩', '达到', null],
      ['中晚稻种植面积', 'level', 180, null, '万亩', '达到', null],
    ]);
    expect(goals('散居孤儿和集中供养孤儿基本生活保障标准分别提高到1100元/月和1600元/月。')).toEqual([
      ['散居孤儿基本生活保障标准', 'level', 1100, null, '元/月', '提高到', null],
      ['集中供养孤儿基本生活保障标准', 'level', 1600, null, '元/月', '提高到', null],
    ]);
  });

  it('counts events (场) and kinds (种)', () => {
    expect(
      goals('举办促消费活动80场以上，配备40种以上常用药品。').map(([name, , value, , unit]) => [
        name,
        value,
        unit,
      ]),
    ).toEqual([
      ['促消费活动', 80, '场'],
      ['配备常用药品', 40, '种'],
    ]);
  });

  it('takes how many indicators a plan sets for none of them', () => {
    expect(goals('共设置主要指标24个，其中约束性指标8个、预期性指标16个。')).toEqual([]);
  });
});

describe('a table cell read as a value', () => {
  it.each([
    ['195', { value: 195, valueMax: null, qualifier: null }],
    ['≥195', { value: 195, valueMax: null, qualifier: '≥' }],
    ['＜5.6', { value: 5.6, valueMax: null, qualifier: '＜' }],
    ['95以上', { value: 95, valueMax: null, qualifier: '以上' }],
    ['[8000]', { value: 8000, valueMax: null, qualifier: '累计' }],
    ['6.5左右', { value: 6.5, valueMax: null, qualifier: '左右' }],
    ['6-7', { value: 6, valueMax: 7, qualifier: null }],
    ['20,693', { value: 20693, valueMax: null, qualifier: null }],
    ['12 万吨', { value: 12, valueMax: null, qualifier: null }],
    // A cumulative cut, its rate inside the brackets; a minus sign as word processors write it.
    ['[-33%]', { value: -33, valueMax: null, qualifier: '累计' }],
    ['－2.5', { value: -2.5, valueMax: null, qualifier: null }],
    // A cell that says how to get there.
    ['下降到30微克/立方米', { value: 30, valueMax: null, qualifier: '下降到' }],
    ['控制在5%以内', { value: 5, valueMax: null, qualifier: '以内' }],
  ])('%s', (cell, expected) => {
    expect(reader.readCell(cell)).toEqual(expected);
  });

  it.each(['法定人群全覆盖', '', '达到国家标准', '2025年', '建成5个、改造8个'])(
    '%s holds no single value',
    (cell) => {
      expect(reader.readCell(cell)).toBeNull();
    },
  );
});

describe('what a plan reviews', () => {
  it('knows a sentence dated before the period, and a section opened by the period before', () => {
    expect(reader.datedBefore('2020年全市地区生产总值达到2100亿元。', 2020)).toBe(true);
    expect(reader.datedBefore('到2025年，地区生产总值达到3000亿元。', 2020)).toBe(false);
    expect(reader.datedBefore('比2020年下降13%。', 2020)).toBeUndefined();
    // The year being written in dates forward; the year so far looks back.
    expect(reader.datedBefore('今年，园区力争新增企业40家。', 2025)).toBe(false);
    expect(reader.datedBefore('今年以来新增企业40家。', 2025)).toBeUndefined();
    expect(reader.looksForward('今年，全区力争规上工业总产值突破900亿元。')).toBe(true);
    expect(reader.looksForward('今年以来，全区规上工业总产值增长8%。')).toBe(false);
    expect(reader.opensReview('“十三五”时期，全市上下抢抓机遇。', 2020)).toBe(true);
    expect(reader.opensReview('“十四五”时期是开启新征程的五年。', 2020)).toBe(false);
    expect(reader.opensReview('全市上下抢抓机遇。', 2020)).toBe(false);
  });

  it('sets no goal in a section that reviews the period before, nor in a paragraph dated before it', async () => {
    const plan = [
      '# 青州市国民经济和社会发展第十四个五年规划纲要',
      '第一章 砥砺前行',
      '“十三五”时期，全市上下抢抓机遇、加快发展。',
      '城乡面貌明显改善，城镇化率达到47%。',
      '第二章 发展目标',
      '发展基础。2020年全市地区生产总值达到2100亿元；人均地区生产总值达到38000元。',
      '城乡建设提质。到2025年，城镇化率达到60%。中心城区人口达到100万人。',
    ].join('\n');
    const { graph } = await extractText(plan, 'qingzhou-plan.txt');
    const targets = graph.nodes
      .filter((n) => n.label === 'Goal' && n.properties.status === 'target')
      .map((n) => [n.properties.indicator, n.properties.value])
      .sort();
    expect(targets).toEqual([
      ['中心城区人口', 100],
      ['城镇化率', 60],
    ]);
  });
});

describe('values as converted text spaces them', () => {
  it('reads a unit in 万 alone and a qualifier a space apart, and a yearly number as a target', () => {
    expect(goals('到2030年，城区人口达到 9 万左右，制种产量900 万公斤，优质稻面积占比 80% 以上。')).toEqual([
      ['城区人口', 'level', 9, null, '万', '左右', 2030],
      ['制种产量', 'level', 900, null, '万公斤', null, 2030],
      ['优质稻面积占比', 'level', 80, null, '%', '以上', 2030],
    ]);
    expect(reader.setsTargets('每年定向培养农村教师 120 名。', '第九章 › 第二节')).toBe(true);
    // A count given as a range is planned; so is what the period's end is to see.
    expect(reader.setsTargets('发展3—4个会展品牌活动，评选10—15个示范酒店。', '第六章 › 第一节')).toBe(true);
    expect(reader.setsTargets('到“十五五”末，组织创业培训4万人。', '第九章 › 第一节')).toBe(true);
    expect(reader.setsTargets('组织创业培训4万人。', '第九章 › 第一节')).toBe(false);
  });
});

describe('a count before what it counts', () => {
  it('counts the noun after its measure word, whatever the verb, and a range spaced apart', () => {
    expect(goals('培植 2-3 个竹木精深加工企业，支持龙头企业上市。')).toEqual([
      ['培植竹木精深加工企业', 'level', 2, 3, '个', null, null],
    ]);
    expect(goals('城区再办好 1 所标准化卫生院。')).toEqual([
      ['城区再办好标准化卫生院', 'level', 1, null, '所', null, null],
    ]);
    expect(goals('策划推出 3 至 5 个山水实景演出。')).toEqual([
      ['策划推出山水实景演出', 'level', 3, 5, '个', null, null],
    ]);
    // A list item counted already (1所A、2个B) is no verb of the next; a batch counts nothing.
    expect(goals('每个县至少建有1所失能照护机构、2个区域养老中心。').map((goal) => goal[0])).not.toContain(
      '失能照护机构区域养老中心',
    );
    expect(goals('建设一批10万人以上人口规模的县城。')).toEqual([]);
  });

  it('gives what each place gets, without the getting, and stops an item where the next is counted', () => {
    expect(goals('每个县区打造 3 个美丽乡村示范点、每个乡镇建设 1 所标准化敬老院。')).toEqual([
      ['每个县区美丽乡村示范点', 'level', 3, null, '个', null, null],
      ['每个乡镇标准化敬老院', 'level', 1, null, '所', null, null],
    ]);
    expect(goals('新建东坡、西岭 2 个物流园和南湖、北湖、中洲 3 个配送中心。')).toEqual([
      ['新建物流园', 'level', 2, null, '个', null, null],
      ['配送中心', 'level', 3, null, '个', null, null],
    ]);
  });
});

describe('what each place is to have', () => {
  it('is the place and the thing, without the having or what describes it, item after item', () => {
    expect(goals('每个镇至少办好1所公办幼儿园、每个街道至少建有1所社区食堂。')).toEqual([
      ['每个镇公办幼儿园', 'level', 1, null, '所', null, null],
      ['每个街道社区食堂', 'level', 1, null, '所', null, null],
    ]);
    expect(goals('每个县建好1所标准化公办中职学校和1个县级实训中心。')).toEqual([
      ['每个县标准化公办中职学校', 'level', 1, null, '所', null, null],
      ['每个县县级实训中心', 'level', 1, null, '个', null, null],
    ]);
    // The count after the thing: what each place does before it goes too.
    expect(goals('每个乡镇至少建设设施齐全、管理规范的标准化敬老院1所，每个县创建星级农庄3家以上。')).toEqual(
      [
        ['每个乡镇标准化敬老院', 'level', 1, null, '所', null, null],
        ['每个县星级农庄', 'level', 3, null, '家', '以上', null],
      ],
    );
    expect(goals('新建5家以上具有山城特色的省级孵化器。')).toEqual([
      ['新建省级孵化器', 'level', 5, null, '家', '以上', null],
    ]);
  });

  it('reads so many units of one size as their product, and a capacity before a facility as no goal', () => {
    expect(goals('青州电厂二期建成投产，新增装机容量 2×66 万千瓦。')).toEqual([
      ['新增装机容量', 'level', 132, null, '万千瓦', null, null],
    ]);
    expect(goals('重点支持3×50000立方米青州成品油库、2个加气站建设。').map((goal) => goal[0])).toEqual([
      '加气站',
    ]);
  });

  it('keeps a level’s verb before a count as the action, and what a 的 or an action goes on to out', () => {
    expect(goals('整体提升120所乡村学校。')).toEqual([
      ['整体提升乡村学校', 'level', 120, null, '所', null, null],
    ]);
    expect(goals('城镇新增就业8万人以上的目标。')).toEqual([
      ['城镇新增就业', 'level', 8, null, '万人', '以上', null],
    ]);
    // The count is of where something is done: what is done there names no counted thing.
    expect(
      goals('力争在12个重点产业赛道形成一批居于领先位置的标志性成果。').map((goal) => goal[0]),
    ).not.toContain('在标志性成果');
  });

  it('is a target in a report too: a quota per place promises it', () => {
    expect(reader.setsTargets('每个乡镇至少建设1所标准化卫生院。', '二、2026年重点任务', true, 2025)).toBe(
      true,
    );
    // Not in the review of the year before.
    expect(reader.setsTargets('每个乡镇建设1所标准化卫生院。', '一、2025年工作回顾', true, 2025)).toBe(false);
  });

  it('counts no months a campaign lasts', () => {
    expect(goals('集中开展为期3个月的招商攻坚行动。')).toEqual([]);
  });
});

describe('a period compared with', () => {
  it('is no result: a plan sentence comparing with the last period still sets targets', () => {
    const sentence = '到2025年，引进外资较“十三五”翻一番，外贸进出口总额年均增长8%以上。';
    expect(reader.setsTargets(sentence, '', false)).toBe(true);
    expect(reader.setsTargets('“十三五”时期，外贸进出口总额年均增长8%。', '', false)).toBe(false);
  });
});

describe('a year opening a clause', () => {
  it('is the year the target is for, and no part of its indicator', () => {
    expect(goals('2026年青州市计划实施市级重点建设项目320个。')).toEqual([
      ['青州市计划实施市级重点建设项目', 'level', 320, null, '个', null, 2026],
    ]);
  });
});

describe('a list of targets', () => {
  it('goes on past its semicolons, each item a goal, and counts what a bare 建设 builds', async () => {
    const report = [
      '2026年青州市人民政府工作报告',
      '一、2025年工作回顾',
      '地区生产总值增长6.1%；一般公共预算收入增长4%。',
      '二、2026年工作安排',
      '今年主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；城镇新增就业8000人以上。',
      '一般公共预算收入增长7%；居民收入稳步增长。',
      '建设 3 个中药材集散中心。',
    ].join('\n');
    const { graph } = await extractText(report, 'qingzhou-report.txt');
    const targets = graph.nodes
      .filter((n) => n.label === 'Goal' && n.properties.status === 'target')
      .map((n) => `${n.properties.indicator} ${n.properties.value}`)
      .sort();
    // The last two lines set nothing: no cue opens a list there, and 建设 alone promises nothing.
    expect(targets).toEqual(['一般公共预算收入 5', '地区生产总值 6', '城镇新增就业 8000']);
    expect(reader.read('建设 3 个中药材集散中心。')[0]?.indicator).toBe('建设中药材集散中心');
  });
});
