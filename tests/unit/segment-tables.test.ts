import { describe, expect, it } from 'vitest';
import { decodeSourceText } from '../../ingest/read/read-source-text.ts';
import { segmentDocument } from '../../ingest/read/segment-document.ts';
import { CORPUS_FILES, corpusDocument, rowTexts, tableCaptioned } from '../support/corpus.ts';

const FOURTEENTH = /十四五.*(主要指标)/;

describe('tables flattened one cell a line (怀化, 湘西)', () => {
  it('reads the 怀化 park/industry directory (专栏3) with merged park cells filled down', () => {
    const table = tableCaptioned(corpusDocument(CORPUS_FILES.huaihua), /产业发展指导目录/);
    expect(table.form).toBe('cell-per-line');
    expect(table.boxNumber).toBe('3');
    expect(table.header).toEqual(['园区名称', '产业类型', '产业类别']);
    expect(table.rows).toHaveLength(32);
    expect(rowTexts(table, 0)).toEqual(['怀化国家高新技术产业开发区', '主导产业', '新材料']);
    // "电子信息" sits under a blank park and a blank type: both are the cells above.
    expect(rowTexts(table, 1)).toEqual(['怀化国家高新技术产业开发区', '主导产业', '电子信息']);
    expect(table.rows[1]?.map((cell) => cell.filledDown)).toEqual([true, true, false]);
    expect(table.rows[1]?.[0]?.line).toBe(733); // a filled cell cites the line it copies
    expect(rowTexts(table, 2)).toEqual(['怀化国家高新技术产业开发区', '特色产业', '生物医药']);
    expect(
      table.rows
        .filter((row) => row[0]?.text === '洪江高新技术产业开发区（洪江市）')
        .map((row) => row[2]?.text),
    ).toEqual(['装配式建筑', '生物医药']);
  });

  it('joins header cells broken over lines and two header rows (怀化 专栏1)', () => {
    const table = tableCaptioned(corpusDocument(CORPUS_FILES.huaihua), /十三五/);
    expect(table.header).toEqual([
      '类别',
      '序号',
      '指 标 名 称',
      '2015年',
      '规划目标 / 2020年',
      '规划目标 / 年均增速[累计]',
      '实现情况 / 2020年',
      '实现情况 / 年均增速[累计]',
    ]);
    // A category written one character a line (经 / 济 / 发 / 展) is one cell.
    expect(rowTexts(table, 0)).toEqual([
      '经济发展',
      '1',
      '地区生产总值（亿元）',
      '1256.28',
      '2200',
      '9以上',
      '1671.87',
      '7.1',
    ]);
    expect(table.notes[0]?.text).toMatch(/^注：1\.［］表示累计数/);
  });

  it('warns about ragged rows instead of failing', () => {
    const document = corpusDocument(CORPUS_FILES.xiangxi);
    const shapes = document.diagnostics.filter((d) => d.rule === 'table-shape');
    expect(shapes.length).toBeGreaterThan(0);
    expect(shapes.every((d) => d.line > 0 && d.severity === 'warning')).toBe(true);
  });
});

describe('tables flattened one row a line (洪江, 永州)', () => {
  it('merges a two-row header whose upper cells span columns (洪江 表1-1)', () => {
    const table = tableCaptioned(corpusDocument(CORPUS_FILES.hongjiang), /十三五/);
    expect(table.form).toBe('row-per-line');
    expect(table.header.slice(4, 8)).toEqual([
      '2020 年规划 / 数值',
      '2020 年规划 / 年均增长(%)',
      '2020 年完成情况 / 数值',
      '2020 年完成情况 / 年均增长(%)',
    ]);
    // The header repeated after a page break is not a row.
    expect(table.rows.some((row) => row[0]?.text === '类别')).toBe(false);
  });

  it('reads across a blank line left by a page break (永州 专栏 2)', () => {
    const table = tableCaptioned(corpusDocument(CORPUS_FILES.yongzhou), FOURTEENTH);
    expect(table.rows.map((row) => row[1]?.text)).toContain('15');
    expect(rowTexts(table, 14)).toEqual([
      '民生福祉',
      '15',
      '每千人口拥有执业（助理）医师数（人）',
      '2.73',
      '3.2',
      '-',
      '预期性',
    ]);
  });
});

describe('the 十四五 indicator table of every plan', () => {
  const expected = [
    [CORPUS_FILES.huaihua, ['经济发展', '1', '地区生产总值增长（%）', '3.9', '—', '7.5', '预期性']],
    [CORPUS_FILES.hongjiang, ['经济发展', '1', '地区生产总值（亿元）', '125.74', '195.66', '8', '预期性']],
    [CORPUS_FILES.xiangxi, ['经济发展', '1', '地区生产总值增长（%）', '725.11', '1000', '7%', '预期性']],
    [CORPUS_FILES.yongzhou, ['经济发展', '1', '地区生产总值增长(%)', '3.9', '-', '7.5', '预期性']],
  ] as const;

  it.each(expected)('%s: 26 indicators numbered 1–26, first row right', (file, firstRow) => {
    const table = tableCaptioned(corpusDocument(file), FOURTEENTH);
    expect(table.header).toHaveLength(7);
    expect(table.header.at(-1)).toBe('属性');
    expect(table.rows.map((row) => row[1]?.text)).toEqual(
      Array.from({ length: 26 }, (_, i) => String(i + 1)),
    );
    expect(rowTexts(table, 0)).toEqual(firstRow);
    expect(
      table.rows.every((row) => row.every((cell) => cell.line >= table.line && cell.line <= table.endLine)),
    ).toBe(true);
  });
});

describe('a table outside any 专栏', () => {
  it('takes its caption from a 表 line above it', () => {
    const text = '第一章 总则\n表 1 主要指标\n类别\t序号\t指标\n经济\t1\t产值\n\t2\t投资\n';
    const document = segmentDocument(decodeSourceText('t.txt', Buffer.from(text)));
    expect(document.tables[0]?.caption).toBe('表 1 主要指标');
    expect(document.tables[0]?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['经济', '1', '产值'],
      ['经济', '2', '投资'],
    ]);
  });
});

describe('a Markdown table', () => {
  it('reads pipe rows as a table, past its rule line, and a table after it as another', () => {
    const document = decodeAndSegment(
      [
        '第一章 重大项目',
        '| 序号 | 项目名称 | 建设地点 |',
        '| --- | :---: | ---: |',
        '| 1 | 青州至临江高速公路 | 临朐县 |',
        '| 2 | 白石水库扩容工程 | 青州市 |',
        '',
        '序号\t项目名称\t建设性质\t总投资（万元）',
        '1\t云门山景区提质改造项目\t续建\t12000',
      ].join('\n'),
    );
    expect(document.tables.map((table) => table.header)).toEqual([
      ['序号', '项目名称', '建设地点'],
      ['序号', '项目名称', '建设性质', '总投资（万元）'],
    ]);
    expect(document.tables[0]?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['1', '青州至临江高速公路', '临朐县'],
      ['2', '白石水库扩容工程', '青州市'],
    ]);
    expect(document.tables[0]?.rows[0]?.[1]?.line).toBe(4);
  });
});

describe('two Markdown tables a blank line apart', () => {
  it('are two tables: the second header has its rule under it', () => {
    const document = decodeAndSegment(
      [
        '第一章 产业布局',
        '| 园区 | 产业定位 |',
        '| --- | --- |',
        '| 青石经济开发区 | 电子信息 |',
        '',
        '| 县（市、区） | 重点发展产业 |',
        '| --- | --- |',
        '| 青石县 | 生物医药 |',
      ].join('\n'),
    );
    expect(document.tables.map((table) => table.header)).toEqual([
      ['园区', '产业定位'],
      ['县（市、区）', '重点发展产业'],
    ]);
    expect(document.tables.map((table) => table.rows.length)).toEqual([1, 1]);
  });
});

describe('a table a converter left one cell a line, without tabs', () => {
  it('reads the column titles, then the cells a row at a time, and running text after it as text', () => {
    const document = decodeAndSegment(
      [
        '第一章 园区布局',
        '表1 重点园区主导产业',
        '园区名称',
        '所在县市区',
        '主导产业',
        '青石经济开发区',
        '青石县',
        '先进装备制造、电子信息',
        '白河高新技术产业开发区',
        '白河区',
        '中医药',
        '推进园区提质升级，做强主导产业。',
      ].join('\n'),
    );
    expect(document.tables[0]?.caption).toBe('表1 重点园区主导产业');
    expect(document.tables[0]?.header).toEqual(['园区名称', '所在县市区', '主导产业']);
    expect(document.tables[0]?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['青石经济开发区', '青石县', '先进装备制造、电子信息'],
      ['白河高新技术产业开发区', '白河区', '中医药'],
    ]);
    expect(document.sentences.map((sentence) => sentence.text)).toContain('推进园区提质升级，做强主导产业。');
  });

  it('is no table when the short lines are not column titles', () => {
    const document = decodeAndSegment(['第一章 总则', '坚持创新', '坚持协调', '坚持绿色'].join('\n'));
    expect(document.tables).toEqual([]);
  });
});

function decodeAndSegment(text: string) {
  return segmentDocument(decodeSourceText('plan.txt', Buffer.from(text)));
}
