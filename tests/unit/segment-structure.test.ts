import { describe, expect, it } from 'vitest';
import { decodeSourceText } from '../../ingest/read/read-source-text.ts';
import { segmentDocument } from '../../ingest/read/segment-document.ts';
import { citedText } from '../../model/graph.ts';
import { CORPUS_FILES, corpusDocument } from '../support/corpus.ts';

function segment(text: string, file = 'excerpt.txt') {
  return segmentDocument(decodeSourceText(file, Buffer.from(text, 'utf8')));
}

describe('headings', () => {
  it('joins a 篇 title broken over two lines (怀化)', () => {
    const document = corpusDocument(CORPUS_FILES.huaihua);
    const part = document.headings.find((h) => h.label === '第一篇');
    expect(part).toMatchObject({
      rank: 'part',
      line: 8,
      endLine: 10,
      title: '全面建成小康社会，开启全面建设社会主义现代化新征程',
    });
  });

  it('skips the table of contents and starts the tree at the first real heading (洪江)', () => {
    const document = corpusDocument(CORPUS_FILES.hongjiang);
    const firstPart = document.headings.find((h) => h.rank === 'part');
    // The TOC lists 第一篇 at line 9 with a page number; the heading itself comes later.
    expect(firstPart?.line).toBeGreaterThan(200);
    expect(document.headings.filter((h) => h.label === '第一篇')).toHaveLength(1);
  });

  it('builds section paths 篇 › 章 › 节 › item', () => {
    const document = corpusDocument(CORPUS_FILES.huaihua);
    const item = document.headings.find((h) => h.title === '推动产业园区专业化发展');
    expect(item?.section).toBe('第二篇 › 第一章 › 第一节 › 2.');
  });

  it('reads plans without 篇 (湘西: 章 › 节)', () => {
    const document = corpusDocument(CORPUS_FILES.xiangxi);
    expect(document.headings.some((h) => h.rank === 'part')).toBe(false);
    const section = document.headings.find((h) => h.label === '第四节' && h.title === '主要目标');
    expect(section?.section).toBe('第二章 › 第四节');
  });

  it('reads markdown headings and Chinese numbering in a gazette, notices as titles', () => {
    const document = corpusDocument(CORPUS_FILES.gazette);
    const item = document.headings.find((h) => h.title === '用好消费品以旧换新政策');
    expect(item?.rank).toBe('item2');
    expect(item?.section).toMatch(/关于推动2026年一季度经济实现平稳起步的 若干举措 › 一、 › （一）$/);
  });

  it('warns about a heading that does not fit the numbering, and does not crash', () => {
    const document = segment('第一章 总则\n第一节 目的\n第三节 范围\n');
    expect(document.diagnostics.map((d) => d.rule)).toContain('heading-order');
    expect(document.diagnostics[0]?.line).toBe(3);
  });
});

describe('专栏 boxes', () => {
  it('reads tab-indented boxes with their number, title and extent (怀化 专栏3)', () => {
    const box = corpusDocument(CORPUS_FILES.huaihua).boxes.find((b) => b.number === '3');
    expect(box).toMatchObject({
      title: '怀化市域工业集中区（高新区、经开区）产业发展指导目录',
      line: 727,
      endLine: 863,
    });
  });

  it('reads markdown boxes numbered 2-1 (洪江) and ends them at the next heading', () => {
    const box = corpusDocument(CORPUS_FILES.hongjiang).boxes.find((b) => b.number === '2-1');
    expect(box?.title).toBe('农副产品加工业“五大板块”');
    expect(box?.line).toBe(470);
    expect(box?.endLine).toBeLessThan(482); // "## 2. 机械制造" starts outside the box
  });

  it('ends a box of running text at the next chapter (永州 专栏 3)', () => {
    const document = corpusDocument(CORPUS_FILES.yongzhou);
    const box = document.boxes.find((b) => b.number === '3');
    const nextChapter = document.headings.find((h) => h.label === '第六章');
    expect(box?.title).toBe('文化生态旅游名城建设五大行动计划');
    expect(box?.endLine).toBeLessThan(nextChapter?.line ?? 0);
    const inBox = document.sentences.filter((s) => s.boxNumber === '3');
    expect(inBox.length).toBeGreaterThanOrEqual(5);
    expect(inBox[0]?.section).toMatch(/专栏3$/);
  });
});

describe('paragraphs and sentences', () => {
  it('splits on 。；！？ and keeps closing quotes with their sentence', () => {
    const document = segment('第一章 总则\n一是做强“产业链”。二是建设园区；三是招商！\n');
    expect(document.sentences.map((s) => s.text)).toEqual([
      '一是做强“产业链”。',
      '二是建设园区；',
      '三是招商！',
    ]);
  });

  it('keeps a numbered list item whole with its number', () => {
    const document = segment('第一章 总则\n1. 建设湖南重要电子信息产业基地。重点培育电子信息产业链。\n');
    expect(document.sentences[0]?.text).toBe('1. 建设湖南重要电子信息产业基地。');
  });

  it('strips markup from text but quotes the original line verbatim', () => {
    const document = segment('第一章 总则\n——**森工产业**。加强竹木加工。\n');
    const sentence = document.sentences[0];
    expect(sentence?.text).toBe('——森工产业。');
    expect(sentence?.quote).toBe('——**森工产业**。');
    expect(document.lines[(sentence?.line ?? 0) - 1]).toContain(sentence?.quote);
  });

  it('quotes every sentence of every corpus document verbatim from the line (or wrapped lines) it cites', () => {
    for (const file of Object.values(CORPUS_FILES)) {
      const document = corpusDocument(file);
      expect(document.sentences.length).toBeGreaterThan(500);
      for (const sentence of document.sentences) {
        const cited = citedText(document.lines, sentence);
        expect(cited.slice(sentence.column, sentence.column + sentence.quote.length)).toBe(sentence.quote);
      }
    }
  });

  it('starts an item of its own at a line a list mark opens, however long the line before', () => {
    const document = segment(
      [
        '第一章 布局',
        '- 兰州经开区：石油化工、电子信息、新能源汽车、生物医药',
        '- 天水高新区：电子信息、航空动力、新材料、装备制造',
        '1. 白银高新区：有色金属、新材料、精细化工、装备制造',
      ].join('\n'),
    );
    expect(document.sentences.map((s) => s.line)).toEqual([2, 3, 4]);
  });

  it('reads a sentence on across a line the text wraps, and quotes it across the break', () => {
    const document = segment(
      [
        '第一章 总则',
        '加快发展现代物流业，把各类产业园区纳入城镇统一规划，强化城镇对产业园',
        '',
        '区的支撑保障。实施强基工程。',
        '| 指标 | 目标值 |',
      ].join('\n'),
    );
    const sentence = document.sentences.find((s) => s.text.includes('产业园区的支撑'));
    expect(sentence?.text).toBe(
      '加快发展现代物流业，把各类产业园区纳入城镇统一规划，强化城镇对产业园区的支撑保障。',
    );
    expect(sentence).toMatchObject({ line: 2, endLine: 4 });
    expect(sentence?.quote).toBe(
      '加快发展现代物流业，把各类产业园区纳入城镇统一规划，强化城镇对产业园\n\n区的支撑保障。',
    );
    expect(document.sentences.find((s) => s.text === '实施强基工程。')).toMatchObject({ line: 4 });
    // A sentence that ends its line is whole: the next line opens its own.
    const closed = segment('第一章 总则\n这是一个足够长的完整句子，它在行末结束了。\n下一行另起一句话。\n');
    expect(closed.sentences.map((s) => [s.line, s.endLine])).toEqual([
      [2, undefined],
      [3, undefined],
    ]);
  });

  it('ends a numbered item’s title at its line, however long, and goes on with the next', () => {
    const document = segment(
      [
        '二、“十四五”时期发展成就和“十五五”时期主要目标任务',
        '这五年，我们锐意改革、矢志创新，经济实力迈上新台阶。',
        '（一）壮大实体经济，推动高质量发展。持续把发展经济的着力点放在实体经济上，加快建设现代化',
        '产业体系。',
      ].join('\n'),
    );
    expect(document.sentences.map((s) => [s.line, s.endLine, s.text.slice(0, 6)])).toEqual([
      [1, undefined, '二、“十四五'],
      [2, undefined, '这五年，我们'],
      [3, undefined, '（一）壮大实'],
      // An item with sentences of its own wraps like any paragraph.
      [3, 4, '持续把发展经'],
    ]);
  });

  it('reads a file with no headings at all as paragraphs under no section', () => {
    const document = segment('这是一段没有标题的文字。第二句话；\n另一段。\n');
    expect(document.headings).toEqual([]);
    expect(document.paragraphs).toHaveLength(2);
    expect(document.sentences.every((s) => s.section === '')).toBe(true);
  });
});

describe('paragraphs', () => {
  it('keeps a paragraph a converted file wrapped over lines as one, and ends one at its full stop', () => {
    const document = segment(
      [
        '第三章 产业布局',
        '——东岭片区。以星海科技为龙头，打造以智能终端为核心的电子信息产业园，引进 20 家以上企',
        '',
        '业，发展原材料化工为主导的化工产业区。',
        '',
        '——西岭片区。发展竹木加工产业。',
      ].join('\n'),
    );
    const opening = (text: string) => document.sentences.find((s) => s.text.includes(text))?.paragraph;
    expect(opening('原材料化工')).toBe(2);
    expect(opening('竹木加工')).toBe(6);
    expect(document.paragraphs.map((p) => [p.line, p.opensAt])).toEqual([
      [2, 2],
      [4, 2],
      [6, 6],
    ]);
  });
});
