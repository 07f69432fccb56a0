/** The industry reader on sentences written for this test (other provinces' places and plans). */
import { describe, expect, it } from 'vitest';
import { IndustryTermReader } from '../../ingest/vocabulary/industry-terms.ts';
import { IndustryLexicon, loadIndustryGrammar, loadTaxonomyNames } from '../../ingest/vocabulary/lexicons.ts';

const reader = new IndustryTermReader(loadIndustryGrammar(), IndustryLexicon.load());
const read = (clause: string) => reader.read(clause).map((term) => term.canonical);
const withTaxonomy = new IndustryTermReader(
  loadIndustryGrammar(),
  IndustryLexicon.load(),
  loadTaxonomyNames(),
);

describe('IndustryTermReader: industries no lexicon lists, from how plans write them', () => {
  it.each([
    ['大力发展轨道交通装备、航空零部件和现代物流等产业', ['轨道交通装备', '航空零部件', '现代物流']],
    ['培育壮大低空经济', ['低空经济']],
    // A list of known industries closed by what it grows (projects, growth points); a counted
    // list closed by what it gives.
    ['推进新能源汽车、生物医药、新材料等重点项目', ['新能源汽车', '生物医药', '新材料']],
    ['培育新材料、生物医药等新增长点', ['新材料', '生物医药']],
    ['推进长江大桥、城东水厂等重点项目', []],
    // Known sectors a list closes as trades (等行业); not the firms of them.
    ['推进新能源汽车、电子信息、生物医药等行业绿色供应链建设', ['新能源汽车', '电子信息', '生物医药']],
    ['推动新能源汽车、电子信息等重点行业企业实施清洁生产改造', []],
    // Fields a verb focuses on; not fields something is done in.
    ['聚焦新材料、生物医药、新能源汽车等领域', ['新材料', '生物医药', '新能源汽车']],
    ['鼓励在新材料、生物医药等领域开展应用示范', []],
    ['瞄准新材料、生物医药等重点方向', ['新材料', '生物医药']],
    ['在新材料、生物医药等方向开展研究', []],
    // One known industry (or known ones sharing a head) a verb focuses on, with its head; not a group.
    ['聚焦生物医药产业，引进企业20家', ['生物医药']],
    // A class by output and the verb that opens new tracks are no part of a name; 有色 is 有色金属.
    ['打造五千亿级电子信息产业集群', ['电子信息']],
    ['开辟新能源、新材料、生物医药等未来产业新赛道', ['未来产业', '新能源', '新材料', '生物医药']],
    ['推进钢铁、有色、石化、建材等行业改造提升', ['冶金', '有色金属', '石油化工', '建材']],
    // A programme's code before a list is no part of its first item; what an industry earns says it is one.
    ['做大做强“3+3+2”电子信息、新材料等产业集群', ['电子信息', '新材料']],
    ['现代物流业收入增长15%', ['现代物流']],
    // What a review says of an industry's rise.
    ['新能源汽车产业起势见效', ['新能源汽车']],
    ['石油化工产业加快转型', ['石油化工']],
    // Examples of a group are industries; examples of firms are not.
    ['加快发展以新材料、电子信息为代表的新兴产业', ['新材料', '电子信息']],
    ['重点发展包括新材料、电子信息在内的战略性新兴产业', ['新材料', '电子信息']],
    ['形成以龙头企业为代表的产业集群', []],
    // The issuer naming itself before a cue (全省, 我市) leaves the cue a verb.
    ['全省大力发展新材料产业', ['新材料']],
    ['我市重点发展电子信息产业', ['电子信息']],
    // 在 opening 在线 is part of the name, not a leading word.
    ['大力发展在线文娱、在线教育等产业', ['在线文娱', '在线教育']],
    // The year a target is set for is no part of the industry's name.
    ['力争到2028年光伏产业产值突破500亿元', ['光伏']],
    ['围绕电子信息和新材料产业链招引项目', ['电子信息', '新材料']],
    ['聚焦主导产业延链补链', []],
    ['围绕创新链布局产业链', []],
    ['电子信息、生物医药和现代物流三大产业对经济增长贡献超五成', ['电子信息', '生物医药', '现代物流']],
    // A known name promoted, two manners joined before its development.
    ['促进生物医药创新和规范发展', ['生物医药']],
    // A list of tracks (赛道) is one of industries, as plans now write them.
    ['前瞻布局氢能储运、类脑智能等细分赛道', ['氢能储运', '类脑智能']],
    ['引导社会资本向养老服务业、现代物流等新赛道拓展', ['养老服务业', '现代物流']],
    // A count closes a list without 等, back to the verb that focuses on it; two items joined by
    // 和 after a strong cue, one saying it is an industry; a standing before the name.
    ['围绕光电子、汽车零部件、生物制药三大主导产业', ['光电子', '汽车零部件', '生物制药']],
    ['重点发展海洋经济和船舶配套', ['海洋经济', '船舶配套']],
    ['打造西部地区有影响力的锂电池产业集群', ['锂电池']],
    // A base built for an industry the vocabularies know, whatever the verb of building.
    ['建设全国重要的生物医药产业基地', ['生物医药']],
    // A sector named by its ordinal keeps its head.
    ['第三产业增加值增长6%', ['第三产业']],
    ['积极发展银发经济和首发经济', ['银发经济', '首发经济']],
    ['加快打造锂电新能源产业集群', ['锂电新能源']],
    ['重点发展有机硅材料产业链', ['有机硅材料']],
    ['做强茶叶、中药材、特色林果等特色产业', ['茶叶', '中药材', '特色林果']],
    ['前瞻布局人形机器人、脑机接口等未来产业', ['人形机器人', '脑机接口', '未来产业']],
    ['磷化工、铝加工等6大产业集群产值增长12%', ['磷化工', '铝加工']],
    ['大力发展智能传感终端', ['智能传感终端']],
    // 电机制造 holds 机制 (a mechanism, a stop word) only by chance.
    ['重点发展新材料和电机制造产业', ['新材料', '电机制造']],
    // What completes the item before it (器材, 制品, 零部件) stays with it (a known industry with
    // its parts is named as the industry); a count of as many as the items, then a product's head,
    // closes a list without 等.
    ['重点发展仪器仪表及器材、新能源汽车及零部件等产业', ['仪器仪表及器材', '新能源汽车']],
    ['做强竹浆、竹板、竹材及制品三大传统加工', ['竹浆', '竹板', '竹材及制品']],
    ['积极开拓竹笋开发、林下养殖等新兴产业', ['竹笋开发', '林下养殖']],
    // A counted list straight before what is measured of it (a review).
    ['全省电子信息、装备制造、食品轻纺三大优势产业营业收入突破5万亿元', ['电子信息', '装备制造', '食品轻纺']],
    // Items of two characters none of which is an industry qualify the head: kinds of its
    // product, or none.
    ['超硬、超轻等新材料产业积厚成势', ['新材料', '超硬材料', '超轻材料']],
    ['推动农工、农文、农旅等特色产业融合发展', []],
    // Machinery of a kind is a product an industry makes (机械, as 装备).
    ['大力发展矿山机械、农用机械', ['矿山机械', '农用机械']],
    // What a verb of spreading or boosting promotes (推广, 助推) develops.
    ['推广生态畜禽养殖业发展', ['生态畜禽养殖业']],
    ['助推生态旅游产业发展', ['生态旅游']],
    // A list of techniques for a chain names no industries.
    ['突破良种繁育、病虫害防控、冷链贮运等全产业链技术', []],
    // Quoted items side by side are a list.
    ['着力打造“首店经济”“首发经济”“夜间经济”', ['首店经济', '首发经济', '夜间经济']],
    // An industry as the clause's subject, before what it does or what is measured of it.
    ['竹木家具产业提质升级', ['竹木家具']],
    ['光学元件产业链延链强链', ['光学元件']],
    ['全市茶叶产业增加值增长8%左右', ['茶叶']],
    ['钨、稀土新材料产业快速增长', ['钨新材料', '稀土新材料']],
    // The object of a verb promoting its development.
    ['积极推动竹木家居产业高质量发展', ['竹木家居']],
    ['促进文化事业和体育产业融合发展', ['体育']],
    ['推动科技服务业向专业化和价值链高端延伸', ['科技服务业']],
    ['推动会展服务业提质增效', ['会展服务业']],
    // (The object goes on to the whole name, not the first head in it: 先进装备|制造产业集群.)
    ['推进先进装备制造产业集群化发展', ['先进装备制造']],
    // A second object promoted with the first; a list of known industries and ones with a head.
    ['推动茶叶产业和康养旅游产业发展', ['茶叶', '康养旅游']],
    ['加快冷链物流、农产品集散物流发展', ['冷链物流', '农产品集散物流']],
    // Industries given a role: 以…为, 把…作为, 将…列为 (one item saying it is an industry).
    ['以商用车和新能源汽车为主导产业', ['商用车', '新能源汽车']],
    ['坚持把新能源汽车作为首位产业', ['新能源汽车']],
    ['坚持以先进制造业为主攻方向', ['先进制造业']],
    ['坚持以数字化改革为主攻方向', []],
    // 开展 develops a list closed by 等; before one activity (研究, 行动) it develops nothing.
    ['鼓励开展森林旅游、研学旅游等', ['森林旅游', '研学旅游']],
    ['开展工业机器人多机协作技术研究', []],
    ['开展跨境电商发展三年行动', []],
    // New formats of business closed by 等新业态新模式, as by 等新业态.
    ['加快发展社区团购、数字影院等新业态新模式', ['社区团购', '数字影院']],
    // Pairs of an industry and what it does, listed.
    [
      '推动会展服务业提档升级、健康服务业加速壮大、商贸服务业转型增效',
      ['会展服务业', '健康服务业', '商贸服务业'],
    ],
    // A list's head that names an industry of its own is one too (the whole of its items), a
    // qualified or two-character head is not.
    ['推动光学镜头、智能传感等光电子信息产业发展', ['光学镜头', '智能传感', '光电子信息']],
    ['发展沙棘、蓝莓等特色经济', ['沙棘', '蓝莓']],
    // What an object is shown by (以…为代表的) stands before its name, no part of it.
    ['发展以畲族风情为代表的民俗文化旅游', ['民俗文化旅游']],
    // 不断 leads a cue as 持续 does.
    ['不断壮大稻渔综合种养产业', ['稻渔综合种养']],
    // An item's number stands before the verb of its heading.
    ['2. 发展森林康养产业', ['森林康养']],
    ['（三）培育壮大竹木产业', ['竹木']],
    // A counted head closes a list without 等; siblings after a strong cue share their kind.
    ['加快发展算力、智能传感、工业软件“三大产业”', ['算力', '智能传感', '工业软件']],
    ['大力发展特种合金、碳纤维及复合材料', ['特种合金', '碳纤维', '复合材料']],
    ['集中力量把柑橘、茶叶、中药材等特色产业做大', ['柑橘', '茶叶', '中药材']],
    ['推动健康服务业加速壮大', ['健康服务业']],
    ['光学元件、智能传感、工业软件三大先导产业规模突破800亿元', ['光学元件', '智能传感', '工业软件']],
    ['大力发展红色旅游、工业旅游、古镇旅游等特色旅游', ['红色旅游', '工业旅游', '古镇旅游']],
    // An area and the industries that lead it; products and enterprises lead no industry.
    ['发展硅材料、有机硅为主导的化工产业区', ['硅材料', '有机硅', '化工']],
    ['打造以汽车零部件、智能装备为主导的产业集群', ['汽车零部件', '智能装备']],
    ['着力打造以陶瓷砖、玻纤板等产品为主的新型建材产业区', ['新型建材']],
    ['形成以北辰电子、星海科技为龙头的产业集群', []],
    ['形成以政府投资为主的投入体系', []],
    ['以轨道交通装备为重点的高端装备产业快速增长', ['轨道交通装备', '高端装备制造']],
    ['以柑橘为主的水果生产和产业延伸', []],
    ['以优质稻、脐橙主导产业为核心', ['优质稻', '脐橙']],
    ['因地制宜发展设施农业', ['设施农业']],
    // One-character items share the industry the next longer item ends with.
    ['重点发展磷、煤、氟化工等产业', ['磷化工', '煤化工', '氟化工']],
    // A count of clusters closes a list of industries when half its items say they are one.
    [
      '船舶、海工装备及智能制造、工业母机3个集群获评国家先进制造业集群',
      ['船舶', '海工装备', '智能制造', '工业母机'],
    ],
    ['古村、古镇、古寨3个集群获评省级示范', []],
    // 举全市之力 leads a cue; an industry's growth rate is said of it.
    ['举全市之力发展航空航天核心产业', ['航空航天']],
    ['数字经济核心产业增速达到10%', ['数字经济']],
    // After a weak cue, a list closed by other things still names industries when most items do.
    ['培育银发经济、冰雪经济、首发经济、微短剧等消费新热点', ['银发经济', '冰雪经济', '首发经济']],
    ['重点提升面向现代农业、先进制造业、社会管理等领域的人才培养能力', []],
    // 提质升级 at a clause's start is a cue, after its object a predicate.
    ['提质升级商贸流通服务业', ['商贸流通服务业']],
    ['推动传统产业提质升级', []],
    // A list opening a clause whose output or growth is measured, half its items or more saying
    // they are industries.
    ['船舶、海工装备、航空航天行业增加值分别增长8.5%、7.2%、6.3%', ['船舶', '海工装备', '航空航天']],
    ['锰矿采选、生物医药增速保持在9%以上', ['锰矿采选', '生物医药']],
    ['居民收入、消费增速保持稳定', []],
    // A base being built, its building named after it; not a belt of places.
    ['加快省级军民融合产业基地建设', ['军民融合']],
    ['推进许昌、焦作等产业带建设', []],
    // A base where goods are made, when the words before 制造 end with goods.
    ['建设世界级锰材料与电池装备制造基地', ['锰材料', '电池装备']],
    ['打造全国重要的先进制造基地', []],
    // An item written like the next one's opening shares the head it goes on with.
    ['积极发展第三方、第四方物流', ['第三方物流', '第四方物流']],
    ['发展国内、国际物流', ['国内物流', '国际物流']],
    // Counts and levels before a name are no part of it; 核心 before a head is the industry's core;
    // a group named as an industry keeps its head.
    ['培育10个以上省级数据产业集群', ['数据']],
    ['人工智能核心产业营收超过1200亿元', ['人工智能']],
    ['推动未来产业蓄力发展', ['未来产业']],
    ['战略性新兴产业产值增长11.5%', ['战略性新兴产业']],
    ['做大做强稻米、油料和林下经济3个千亿级产业', ['稻米', '油料', '林下经济']],
    ['前瞻布局新兴产业、未来产业', ['未来产业']],
    ['打造国家区域性大数据产业集群', ['大数据']],
    // A promoted trade (…业) or kind of product (…装备); a cue after a phrase of scope (全链条).
    ['推动游艇业全链条高质量发展', ['游艇业']],
    ['促进智能农机装备发展应用', ['智能农机装备']],
    ['全链条发展生产性服务业', ['生产性服务业']],
    ['促进服务型制造创新发展', ['服务型制造']],
    // What is raised of an industry is that industry; a known name keeps its 和.
    ['提升都市现代农业质量效益', ['都市现代农业']],
    ['推动软件和信息服务业提质增效', ['软件和信息服务']],
    // After a strong cue, items that name industries themselves, whatever the list's head.
    ['发展壮大银发经济、演艺经济、赛事经济等新型消费', ['银发经济', '演艺经济', '赛事经济']],
    // A four-character phrase of manner before a two-word cue.
    ['乘势而上发展壮大旅居产业', ['旅居']],
    ['立足实际加快发展林下经济', ['林下经济']],
    // A list closing with 等 and nothing after it.
    ['积极发展生物医药、智能传感终端等', ['生物医药', '智能传感终端']],
    // What leads a sector (…为主的制造业) stops at 等; a sector's head is part of its name.
    ['重点发展以新材料、生物医药等先进制造和高新技术产业为主的制造业', ['新材料', '生物医药']],
    ['促进以物流、贸易为主的生产性服务业融合发展', ['现代物流', '生产性服务业']],
    // An enumeration of industries opening a clause is its subject, whatever the clause says of it.
    ['磷、煤、氟化工产业深度耦合', ['磷化工', '煤化工', '氟化工']],
    ['新能源汽车、智能传感产业链协同联动', ['新能源汽车', '智能传感']],
    ['积极发展电竞潮玩、微短剧等新业态', ['电竞潮玩', '微短剧']],
    // Lists of ways, of places and of other clusters name no industry.
    ['鼓励社会资本通过租赁、入股、承包等方式进入文化旅游产业领域', []],
    ['保护利用峡谷人家、苗疆古韵、土司遗存等六大传统村落集群', []],
    ['加快现代装备、新材料等先进制造业集群发展', ['现代装备', '新材料', '先进制造业']],
    // A noun that ends no industry may open one (设施农业, 平台经济), not end it (基础设施).
    ['大力发展设施农业、平台经济', ['设施农业', '平台经济']],
    ['加快完善物流服务平台、农村基础设施等', []],
    // An industry group's system is the group; qualifiers before a sector name none.
    ['做强现代农业产业体系', ['现代农业']],
    ['加快构建优质高效服务业体系', []],
    ['抓好人工智能产业发展', ['人工智能']],
    ['深入实施数字文化产业高质量发展', ['数字文化']],
    // A list of cultural formats names industries; places before 等地 do not.
    ['加快发展数字演艺、沉浸式文旅等新型文化业态', ['数字演艺', '沉浸式文旅']],
    ['支持绵阳等地大健康产业高质量发展', ['医养健康']],
    // 经济社会 heads no list, and a verb after 等 says the items are fields, not industries.
    ['系统化提升旅游资源、优势产业、公共服务等经济社会资源', []],
    ['围绕交通出行、旅游住宿等领域打造一批共享经济平台', []],
    // Works named by what they serve, and heads that are phrases of their own, list no industries;
    // a batch of industries does.
    ['建设育种研究院、星海农业研究院等一批农业产业研究院', []],
    ['加快星海商贸城、九丰农博园等一批重大产业项目建设', []],
    ['形成财政、金融等政策协同发力的经济', []],
    ['摸排用地、用能、融资等要素保障及产业配套问题', []],
    ['做大做强我市主特产业', []],
    // A bare head names no industry of its own.
    ['大力发展材料产业', []],
    ['谋划先进功能设备、生命健康等一批未来产业', ['先进功能设备', '生命健康', '未来产业']],
    // Enterprises before 等 name no industry, whatever follows them.
    ['支持星海科技、北辰电子等领军企业提升产业创新能力', []],
    // A count of fields closes a list of industries when it counts them (和 may join the last two).
    [
      '突出锂电材料、竹产业、电子元器件和新型建材、纺织业四大重点方向',
      ['锂电材料', '竹产业', '电子元器件', '新型建材', '纺织业'],
    ],
    ['围绕碳纤维复合材料、现代种业和文旅用品三大领域发力', ['碳纤维复合材料', '现代种业', '文旅用品']],
    ['坚持智能化、绿色化、融合化三大方向', []],
    ['做大做强商务服务、居家康养两大服务业', ['商务服务', '居家康养']],
    ['突出锂电材料、竹产业三大重点方向', []],
    // Grades and loose qualifiers leave the one name: 优质脐橙 is 脐橙, 特色锂电材料 锂电材料.
    ['大力发展优质脐橙、特色锂电材料和绿色食品等产业', ['脐橙', '锂电材料', '绿色食品']],
    ['培育壮大特色县域经济', []],
  ])('%s', (clause, industries) => {
    expect(read(clause)).toEqual(expect.arrayContaining(industries));
    expect(read(clause)).toHaveLength(industries.length);
  });

  it('takes a name the taxonomy knows even when it holds a word that ends no industry (工程)', () => {
    const clause = '提升智能网联汽车、工程机械等优势产业集群竞争力';
    expect(withTaxonomy.read(clause).map((term) => term.surface)).toEqual(['智能网联汽车', '工程机械']);
    expect(read('加快推进水利工程、交通工程等重点工程')).toEqual([]);
  });

  it('reads items all of one kind by their last word as that kind, one of them known', () => {
    const names = (clause: string) => withTaxonomy.read(clause).map((term) => term.canonical);
    // 服务 opens a trade's name (服务贸易, 服务外包) here, not a phrase of serving.
    expect(names('着力发展服务贸易、数字贸易、离岸贸易、绿色贸易')).toEqual([
      '服务贸易',
      '数字贸易',
      '离岸贸易',
      '绿色贸易',
    ]);
    expect(names('积极发展服务外包')).toEqual(['服务外包']);
  });

  it('reads no count closing a list into its last item (生物医药|两个产业集群)', () => {
    expect(new Set(read('我省电子信息、生物医药两个产业集群入选国家先进制造业集群'))).toEqual(
      new Set(['电子信息', '生物医药']),
    );
  });

  it('names a part as the part, not as a whole or a neighbour (精细化工 is no 化工新材料, 食品加工 no 绿色食品)', () => {
    const names = (clause: string) => withTaxonomy.read(clause).map((term) => term.canonical);
    expect(names('重点发展精细化工、食品加工和竹木加工产业')).toEqual(['精细化工', '食品', '竹木']);
    // (Power generation by its source, GB/T 4754's 441 classes: 光伏发电 is 太阳能发电.)
    expect(names('科学发展光伏发电')).toEqual(['太阳能发电']);
  });

  it('reads an unknown short name listed beside three known ones a verb focuses on; not beside two', () => {
    const names = (clause: string) => withTaxonomy.read(clause).map((term) => term.canonical);
    expect(names('聚焦深远海、合成生物、类脑智能、量子科技等前沿领域')).toEqual([
      '深远海',
      '合成生物',
      '类脑智能',
      '量子科技',
    ]);
    expect(names('聚焦城市更新、类脑智能、量子科技等领域')).toEqual([]);
  });

  it('keeps a name the taxonomy knows whole with its conjunction (科技推广和应用服务业, 高性能纤维及复合材料)', () => {
    const names = (clause: string) => withTaxonomy.read(clause).map((term) => term.canonical);
    expect(names('科技推广和应用服务业营业收入增长19%')).toEqual(['科技推广和应用服务业']);
    // (Named as the taxonomy names the concept.)
    expect(names('大力发展高端合金、高性能纤维及复合材料')).toEqual([
      '高端合金',
      '高性能纤维及制品和复合材料',
    ]);
  });

  it('reads a short unknown item beside a known one after a strong cue, wherever it stands in the list', () => {
    const names = (clause: string) => withTaxonomy.read(clause).map((term) => term.surface);
    expect(names('大力发展陶瓷、烟花')).toEqual(['陶瓷', '烟花']);
    expect(names('大力发展烟花、陶瓷')).toEqual(['烟花', '陶瓷']);
    // (Not a long phrase, nor after a weak cue.)
    expect(names('大力发展陶瓷、产业链协同创新体系')).toEqual(['陶瓷']);
    expect(names('发展陶瓷、烟花')).toEqual(['陶瓷']);
  });

  it('reads the industries a programme is named for (实施A产业集群培育行动), and a list closed by a quoted count of pillars', () => {
    const names = (clause: string) => withTaxonomy.read(clause).map((term) => term.surface);
    expect(names('实施煤机智能制造产业集群培育行动')).toEqual(['煤机智能制造']);
    expect(names('实施乡村产业振兴行动')).toEqual([]);
    // A programme to grow an industry named whole: known, or ending with what is made or provided.
    expect(names('实施康养旅游提升计划')).toEqual(['康养旅游']);
    expect(names('实施新一轮跨境电商高质量发展三年行动')).toEqual(['跨境电商']);
    expect(names('实施农产品品牌提升行动')).toEqual([]);
    expect(names('实施医疗卫生强基工程')).toEqual([]);
    // A cue after a subject's bracket (各县（市、区）发展…) is a verb.
    expect(names('鼓励各县（市、区）发展特色农业')).toEqual(['特色农业']);
    // A counted list a verb of no development opens: the items after it.
    expect(names('新增新材料、装备制造两个百亿级产业集群')).toEqual(['新材料', '装备制造']);
    expect(names('做优做强文旅康养、现代物流“两大支柱”')).toEqual(['文旅康养', '现代物流']);
  });

  it('reads the known industries of firms or projects a clause brings in (引进A企业), not a list 等 closes nor other things', () => {
    const names = (clause: string) => withTaxonomy.read(clause).map((term) => term.surface);
    expect(names('重点引进物联网企业')).toEqual(['物联网']);
    expect(names('招引一批新能源汽车项目')).toEqual(['新能源汽车']);
    // (Known without its head: 氢能产业 as 氢能.)
    expect(names('引进一批氢能产业项目')).toEqual(['氢能产业']);
    expect(names('引进一批重大项目')).toEqual([]);
    expect(names('引进高层次人才')).toEqual([]);
    expect(names('大力引进太阳能、风能等新能源发电项目')).not.toContain('太阳能');
  });

  it('reads a known name a loose qualifier opens as an industry (绿色石化), keeping what it is written as', () => {
    const names = (clause: string) => withTaxonomy.read(clause).map((term) => term.surface);
    expect(names('加快发展绿色石化')).toEqual(['绿色石化']);
    expect(names('加快发展绿色通道')).toEqual([]);
  });

  it('reads the firms of an industry promoted as that industry (…企业发展, 等X企业做大做优)', () => {
    const names = (clause: string) => withTaxonomy.read(clause).map((term) => term.canonical);
    expect(names('加快农用机械、环保机械企业发展')).toEqual(['农用机械', '环保机械']);
    expect(names('支持星辰科技、远航卫星等商业航天企业做大做优')).toEqual(['商业航天']);
    expect(names('支持中小企业发展')).toEqual([]);
  });

  it('reads the industry of a base built together (共建白酒产业带), or named with its place (…产业高地)', () => {
    expect(withTaxonomy.read('支持宜宾、泸州共建白酒产业带').map((term) => term.canonical)).toEqual(['白酒']);
    expect(withTaxonomy.read('打造川南边区文化创意产业高地').map((term) => term.canonical)).toEqual([
      '文化创意',
    ]);
  });

  it('keeps two pieces one item when the first qualifies the second’s head (新能源汽车)', () => {
    const names = (clause: string) => withTaxonomy.read(clause).map((term) => term.canonical);
    expect(names('加快新材料、新能源与智能网联汽车等新兴产业集群发展')).toEqual([
      '新材料',
      '新能源与智能网联汽车',
    ]);
    expect(names('重点发展电子信息和智能制造产业')).toEqual(['电子信息', '智能制造']);
  });

  it('reads industries the taxonomy knows, promoted without a head, and a chain extended', () => {
    const names = (clause: string) => withTaxonomy.read(clause).map((term) => term.canonical);
    expect(names('推进柑橘、猕猴桃规模化发展')).toEqual(['柑橘', '猕猴桃']);
    expect(names('合理引导风电发展')).toEqual(['风电']);
    // …closed by 等 and their kind before their development.
    expect(names('推动创意经济、平台经济、共享经济等新业态发展')).toEqual([
      '创意经济',
      '平台经济',
      '共享经济',
    ]);
    expect(names('延长油茶、油菜特色优势产业链')).toEqual(['油茶', '油菜']);
    // Known names with their chain's head, whatever is done to the chain; not a chain of no name.
    expect(names('推进新能源汽车全产业链、集成电路产业链关键环节协同攻关')).toEqual([
      '新能源汽车',
      '集成电路',
    ]);
    expect(names('推进产业链供应链关键环节协同攻关')).toEqual([]);
    // What a known word opens is no industry of its own development (卫生|计生事业发展).
    expect(names('推进卫生计生事业发展')).toEqual([]);
  });

  it('puts the items of a named group in the group, which the clause develops too', () => {
    const terms = reader.read('加快发展检验检测、工业设计、供应链金融等生产性服务业');
    expect(terms.map((term) => [term.canonical, term.group])).toEqual([
      ['检验检测', '生产性服务业'],
      ['工业设计', '生产性服务业'],
      ['供应链金融', '生产性服务业'],
      ['生产性服务业', undefined],
    ]);
    // (Counted by 一批, too.)
    const batch = reader.read('培育发展区块链、量子科技等一批未来产业');
    expect(batch.map((term) => [term.canonical, term.group])).toEqual([
      ['区块链', '未来产业'],
      ['量子科技', '未来产业'],
      ['未来产业', undefined],
    ]);
  });

  it.each([
    '持续打造一流营商环境',
    '推动经济社会发展全面绿色转型',
    '大力发展新型农村集体经济',
    '培育壮大县域富民产业',
    '构建现代化产业体系',
    '打造区域性消费中心城市',
    '实现经济高质量发展',
    '打造现代产业集群',
    '培育了华辰、远航精工等一批行业领军企业',
    '推进青临、临昌等产业带建设',
    // Qualifying lists, generic groups with a modifier, and 产业 in general are no industry.
    '大力培育懂技术、会经营、善管理的新型农民',
    '加快形成错位发展、优势互补的产业格局',
    '推动新一轮重点产业链提质升级',
    '推进城乡规划统筹、公共服务共享、产业发展互补',
    '推动文化事业和产业协调发展',
    '科技成果转化及新技术新产业规模化应用',
    '培育集研发、设计、生产为一体的产业集群',
    '粮食产量保持稳定',
    // A role given to no industry.
    '以龙头企业为主导产业的带动',
    // Techniques applied in industries; public welfare.
    '推动大数据、5G和工业互联网等新兴技术在产业领域的快速融合应用',
    '大力发展慈善、社会工作和志愿服务',
    // Factors a list names, moving toward industries; the economy and society.
    '推动土地、人才等要素向主导产业集聚',
    '以适度发展社会经济为导向',
    // A class by output is no industry's name.
    '培育壮大农业优势特色百亿产业',
    '打造三个千亿级产业集群',
    '增强内需拉动经济增长',
    '万元工业增加值能耗下降15%',
    // What a clause curbs is not developed.
    '严厉打击电信诈骗、非法集资等黑色产业链',
    // Enterprises of a chain, tools named with an industry, a clause's object under survey.
    '聚焦星河农业、远帆生物等产业链龙头企业',
    '深化青州贷等融资工具和制造业中长期贷款政策应用',
    '对全市租赁和商务、科学研究和技术等重点服务业领域开展全覆盖摸底',
    '利用“港洽周”“沪洽周”等招商平台开展产业链精准招商',
    '坚决淘汰钢铁、水泥等落后产业',
    '以“链群共转、AI赋能”为重点开展新一轮制造业数智化转型',
    '着力培育6个世界级、7个国家级、9个区域级产业集群',
    '做强主责主业',
    '全面推进科技创新引领产业发展',
    '推动洋山特殊综合保税区发展“保税+”等新业态',
    // What is promoted goes somewhere (在…); a business format (业态) is no trade.
    '推动数字创意在文化旅游、制造业等领域的融合应用发展',
    '推动贸易新业态发展',
    '推动东岭服装、青石镇袜业等专业市场焕新发展',
    '积极发展玉米、红薯、大豆等旱地作物间作套种',
    '大力发展建筑业等高风险企业职工参加工伤保险',
    // A place of growing is no industry.
    '打造高山反季蔬菜产地集群',
    '推动就业高质量发展',
    // Events and zones named by what they promote; places, spaces and institutes.
    '办好文旅产业高质量发展大会',
    '推进国家数字经济创新发展试验区建设',
    '推动北郊交界重点区域产业协同发展',
    '加快建设开源社区、创业社区等产业空间',
    '增强青岭信息与智慧医学研究院、青岭人工智能研究院等新型研发机构产业支撑力',
    // A count inside an item, a promoting verb inside an item, qualifiers alone.
    '新增7个全国未来产业创新发展优秀典型案例',
    '推动榆林、渭南加快制造业转型升级',
    '培育更多支柱性先导性产业',
    // A noun phrase of four characters before a one-word cue is its subject, not a manner.
    '社会事业发展水平',
    // An opening enumeration of other things, or one going on into a town.
    '优化重大基础设施、重大产业和公共资源布局',
    '把文化优势、生态优势转化为产业优势',
    '创建工业、农业、旅游三类特色产业小镇',
  ])('%s names no industry', (clause) => {
    expect(read(clause)).toEqual([]);
  });

  it('reads a verb joined to the cue (培育、丰富…) as no part of the first item', () => {
    expect(read('培育、丰富文创及电竞、托育等新零售业态').filter((name) => name.startsWith('丰富'))).toEqual(
      [],
    );
    expect(read('培育、丰富文创及电竞、托育等新零售业态')).toContain('文创');
  });

  it('keeps every term where the clause writes it', () => {
    const clause = '支持遵义打造白酒和现代中药等优势产业，发展生物制药（植物提取、化妆品）产业';
    const terms = reader.read(clause);
    expect(terms.map((term) => term.canonical)).toEqual(
      expect.arrayContaining(['白酒', '现代中药', '植物提取']),
    );
    for (const term of terms) expect(clause.slice(term.start, term.end)).toBe(term.surface);
  });
});

describe('IndustryTermReader.lead: a paragraph labelled with an industry', () => {
  it.each([
    ['茶业', '茶业'],
    ['——柑橘产业', '柑橘'],
    ['（三）竹木家居产业', '竹木家居'],
    ['2. 现代物流业', '现代物流'],
    // A processing industry, and a sector of a plan named by its industry.
    ['——粮食加工', '粮食加工'],
    ['粗粮精深加工板块', '粗粮精深加工'],
  ])('%s', (label, industry) => {
    expect(reader.lead(label).map((term) => term.canonical)).toEqual([industry]);
  });

  it('reads one industry whose words a conjunction joins when a piece names none alone', () => {
    expect(reader.lead('居民和家庭服务业').map((term) => term.canonical)).toEqual(['居民和家庭服务业']);
  });

  it('reads two industries sharing one head', () => {
    expect(reader.lead('光学元件及工业软件产业').map((term) => term.canonical)).toEqual([
      '光学元件',
      '工业软件',
    ]);
  });

  it.each(['发展形象好', '——全面发展乡村旅游', '基础设施', '（一）产业'])(
    '%s labels no industry',
    (label) => {
      expect(reader.lead(label)).toEqual([]);
    },
  );

  it('keeps a focus a 专栏 names without a head whole, its pieces joined by 及', () => {
    expect(withTaxonomy.lead('集成电路及配套材料', true).map((term) => term.surface)).toEqual([
      '集成电路及配套材料',
    ]);
  });

  it('takes the digital transformation of industries and its converse for processes, not industries', () => {
    expect(withTaxonomy.lead('1. 推动产业数字化')).toEqual([]);
    expect(withTaxonomy.lead('数字产业化')).toEqual([]);
  });

  it('reads a clause the same whatever clause it read before', () => {
    const clause = '大力发展新型电池、生物制造和智能传感终端';
    const alone = read(clause);
    // A subject whose words hold a cue (…打造) once left the shared cue pattern mid-text.
    read('新材料产业集群打造提质升级');
    expect(read(clause)).toEqual(alone);
    expect(alone).toContain('智能传感终端');
  });
});
