import { type AreaLexicon, alternation } from './lexicons.ts';

/** A name's words before its suffix: Chinese only, as few as make a name. */
const NAME_WORDS = '[\\u4e00-\\u9fff]{2,14}?';

/**
 * Names of the areas a plan marks out within its region (托口片区, 鹤中洪芷核心引领区, 黔城主城区):
 * not divisions, so no gazetteer knows them; their suffix says what they are.
 */
export class AreaNameReader {
  private readonly whole: RegExp;
  private readonly opening: RegExp;
  private readonly notOpening: RegExp;
  private readonly notNameWord: RegExp;
  private readonly customary: RegExp;
  private readonly customaryLabel: RegExp;
  private readonly customaryWhole: RegExp;

  constructor(lexicon: AreaLexicon) {
    const { provinceShortNames, directions, customaryNames } = lexicon;
    // (Opening a sentence as its subject: 陕北要…, 苏南地区，….)
    const customaryName = `(?:[${provinceShortNames.join('')}](?:${alternation(directions)})|${alternation(customaryNames)})(?:地区)?`;
    this.customary = new RegExp(`^${customaryName}(?=要|[，,])`, 'u');
    this.customaryWhole = new RegExp(`^${customaryName}$`, 'u');
    // (A paragraph's title that sets the area its task: 加快皖北地区全面振兴。)
    this.customaryLabel = new RegExp(
      `^(?:加快|推动|推进|促进|支持|实现)?(${customaryName})(?:全面|高质量)?(?:振兴|发展|崛起|转型)[\\u4e00-\\u9fff]{0,6}$`,
      'u',
    );
    const suffix = `(?:${alternation(lexicon.suffixes)})`;
    this.whole = new RegExp(`^${NAME_WORDS}${suffix}$`, 'u');
    this.opening = new RegExp(`^${NAME_WORDS}${suffix}`, 'u');
    this.notOpening = new RegExp(`^(?:${alternation(lexicon.notAreaOpenings)})`, 'u');
    this.notNameWord = new RegExp(alternation(lexicon.notNameWords), 'u');
  }

  /** The area a label is the whole name of (`托口片区`), if it is one. */
  named(label: string): string | undefined {
    const name = label.trim();
    return this.whole.test(name) && this.isName(name) ? name : undefined;
  }

  /** The area's name a text opens with (`黔城主城区依托…` → 黔城主城区), if any. */
  leading(text: string): string | undefined {
    const name = this.opening.exec(text)?.[0];
    return name && this.isName(name) ? name : undefined;
  }

  /**
   * The part of a province called by custom that a sentence opens with as its subject (`陕北要…`
   * → 陕北), if any; `isDivision` tells the names a division goes by (陕西, 湘西), which are not.
   */
  customaryLeading(text: string, isDivision: (name: string) => boolean): string | undefined {
    return notDivision(this.customary.exec(text)?.[0], isDivision);
  }

  /**
   * The area words are the whole name of: one the plan marks out (成都平原经济区), or a part of a
   * province called by custom (川东北地区); `isDivision` as for customaryLeading.
   */
  namedWhole(words: string, isDivision: (name: string) => boolean): string | undefined {
    const name = words.trim();
    return notDivision(this.named(name) ?? this.customaryWhole.exec(name)?.[0], isDivision);
  }

  /** The part of a province called by custom a paragraph's title sets its task (`加快皖北地区全面振兴`), if any. */
  customaryLabelled(label: string, isDivision: (name: string) => boolean): string | undefined {
    return notDivision(this.customaryLabel.exec(label.trim())?.[1], isDivision);
  }

  private isName(name: string): boolean {
    return !this.notOpening.test(name) && !this.notNameWord.test(name);
  }
}

/** A customary part's name, unless a division goes by it (陕西, 湘西: a short name and a direction by chance). */
function notDivision(name: string | undefined, isDivision: (name: string) => boolean): string | undefined {
  return name && !isDivision(name.replace(/地区$/u, '')) ? name : undefined;
}
