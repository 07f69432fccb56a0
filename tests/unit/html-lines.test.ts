import { describe, expect, it } from 'vitest';
import { htmlLines, withoutEmptyColumns } from '../../ingest/read/formats/html-lines.ts';

/** A saved page of a government site, in our own words: chrome around a short plan. */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县产业发展规划</title>
<script>var tracker = 1;</script><style>p { color: red }</style></head>
<body>
<div class="header"><div class="logo">某县人民政府</div>
  <ul class="nav-menu"><li>首页</li><li>政务公开</li></ul></div>
<div class="crumbs">当前位置：首页 &gt; 规划计划</div>
<div class="main"><div class="article">
  <h1>某县“十五五”产业发展规划</h1>
  <div class="tools">【字体：大 中 小】 打印本页 关闭窗口</div>
  <div id="zoom">
    <p>第一章 发展基础</p>
    <p>全县规模工业增加值
       年均增长8%。</p>
    <p>一是做强园区<br>二是培育产业链</p>
    <table>
      <tr><th>园区名称</th><th>主导产业</th><th></th></tr>
      <tr><td>某县工业集中区</td><td>新材料、<span>电子信息</span></td><td></td></tr>
      <tr><td></td><td>绿色食品</td><td></td></tr>
      <tr><td colspan="3">注：以上为规划目标</td></tr>
    </table>
  </div>
</div></div>
<div class="footer">版权所有 某县人民政府 网站标识码 0000000000</div>
</body></html>`;

describe('htmlLines: the article of a saved web page as lines of text', () => {
  const lines = htmlLines(PAGE);

  it('keeps the article: headings and paragraphs a line each, line breaks of the source joined', () => {
    expect(lines).toContain('某县“十五五”产业发展规划');
    expect(lines).toContain('第一章 发展基础');
    expect(lines).toContain('全县规模工业增加值年均增长8%。');
    expect(lines).toEqual(expect.arrayContaining(['一是做强园区', '二是培育产业链']));
  });

  it('drops scripts, styles, navigation, breadcrumbs, tool bars and the footer', () => {
    const text = lines.join('\n');
    for (const chrome of ['tracker', 'color', '政务公开', '当前位置', '打印本页', '网站标识码']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('gives a table row a line, its cells joined by tabs, without a column empty in every row', () => {
    expect(lines).toContain('园区名称\t主导产业');
    expect(lines).toContain('某县工业集中区\t新材料、电子信息');
    expect(lines).toContain('\t绿色食品');
    // A row of one cell starts with a tab, as a table flattened one cell a line.
    expect(lines).toContain('\t注：以上为规划目标');
  });
});

describe('a table with cells spanning rows and columns', () => {
  it('lays each cell out in every row it spans, blank where it leads a row, and once across columns', () => {
    const lines = htmlLines(
      [
        '<html><body><h1>某市园区规划</h1><table>',
        '<tr><th>园区名称</th><th>产业类型</th><th>产业名称</th></tr>',
        '<tr><td rowspan="3">某市高新区</td><td rowspan="2">主导产业</td><td>电子信息</td></tr>',
        '<tr><td>新材料</td></tr>',
        '<tr><td>特色产业</td><td>生物医药</td></tr>',
        '<tr><td colspan="2">合计</td><td>3</td></tr>',
        '</table></body></html>',
      ].join(''),
    );
    expect(lines.filter((line) => line.includes('\t'))).toEqual([
      '园区名称\t产业类型\t产业名称',
      '某市高新区\t主导产业\t电子信息',
      '\t\t新材料',
      '\t特色产业\t生物医药',
      '合计\t\t3',
    ]);
  });
});

describe('withoutEmptyColumns', () => {
  it('removes only the columns empty in every row, and keeps each row its own length', () => {
    expect(
      withoutEmptyColumns([
        ['a', '', 'b', ''],
        ['c', '', 'd'],
        ['', '', 'e', ''],
      ]),
    ).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['', 'e'],
    ]);
  });
});
