/**
 * Short forms under which plans mention administrative divisions: 怀化市 → 怀化,
 * 湘西土家族苗族自治州 → 湘西州 / 湘西, 鹤城区 → 鹤城. Used to find and merge mentions.
 */

/** The 56 ethnic groups, whose names make up autonomous divisions' official names. */
const ETHNIC_GROUPS = (
  '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 ' +
  '纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 ' +
  '德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
).split(' ');

// Longest names first so 土家 wins over 土.
const ETHNIC_ALTERNATION = [...ETHNIC_GROUPS].sort((a, b) => b.length - a.length).join('|');
const AUTONOMOUS_SUFFIX = new RegExp(`^(.+?)(?:(?:${ETHNIC_ALTERNATION})族)+自治(州|县|旗)$`, 'u');
/** 广西壮族自治区 → 广西, 新疆维吾尔自治区 → 新疆, 内蒙古自治区 → 内蒙古: a province-level one. */
const AUTONOMOUS_REGION = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC_ALTERNATION})族?)*自治区$`, 'u');
const PLAIN_SUFFIX = /^(.{2,})(省|市|州|县|区|盟|旗)$/u;

export function regionShortNames(name: string): string[] {
  const short: string[] = [];
  const autonomous = AUTONOMOUS_SUFFIX.exec(name);
  const region = AUTONOMOUS_REGION.exec(name)?.[1];
  if (autonomous?.[1] && autonomous[2]) {
    short.push(`${autonomous[1]}${autonomous[2]}`, autonomous[1]);
  } else if (region) {
    short.push(region);
  } else if (/^.{2,}新区$/u.test(name)) {
    // A district named a new area (浦东新区, 滨海新区) is called by its place: 浦东.
    short.push(name.slice(0, -2));
  } else {
    const plain = PLAIN_SUFFIX.exec(name);
    if (plain?.[1]) short.push(plain[1]);
  }
  return short.filter((alias) => alias !== name && alias.length >= 2);
}
