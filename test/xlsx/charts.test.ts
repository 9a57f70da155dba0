import ExcelJS from 'exceljs';
import type { SheetSpec, WorkbookSpec } from '../../src/core/model';
import { xlsxBytes } from '../../src/xlsx/write';
import {
  child,
  childOrder,
  children,
  followsSequence,
  parseXml,
  relationships,
  unzipParts,
  type XmlNode,
} from './write-parts';

/** A chart sheet as the render makes one: a ranked table and a two-series bar chart beside it, and a second chart. */
const chartSheet: SheetSpec = {
  // A trailing apostrophe is not allowed in a sheet name: the chart refers to the name as written ("Biểu đồ 'A").
  name: "Biểu đồ 'A'",
  rows: [
    [{ value: 'Hạng' }, { value: 'Đơn vị' }, { value: 'Kỳ này' }, { value: 'Kỳ trước' }],
    [{ value: 1 }, { value: 'Huyện Bù Đăng' }, { value: 223 }, { value: 210 }],
    [{ value: 2 }, { value: 'Huyện Lộc Ninh & <Hớn Quản>' }, { value: 175 }, { value: null }],
    [{ value: 3 }, { value: 'Huyện Bù Đốp' }, { value: 81 }, { value: 80 }],
  ],
  charts: [
    {
      kind: 'bar',
      title: 'Số trạm BTS',
      categories: { top: 1, left: 1, bottom: 3, right: 1 },
      numberFormat: '#,##0',
      valueAxisTitle: 'trạm',
      series: [
        { name: 'Kỳ này', values: { top: 1, left: 2, bottom: 3, right: 2 }, color: '#2E75B6' },
        { name: 'Kỳ trước', values: { top: 1, left: 3, bottom: 3, right: 3 }, color: '#A5A5A5' },
      ],
      anchor: { top: 0, left: 5, bottom: 14, right: 14 },
    },
    {
      kind: 'column',
      title: 'Phân bố',
      categories: { top: 1, left: 1, bottom: 3, right: 1 },
      numberFormat: '0',
      series: [{ name: 'Kỳ này', values: { top: 1, left: 2, bottom: 3, right: 2 }, color: '#2E75B6' }],
      anchor: { top: 16, left: 5, bottom: 30, right: 14 },
    },
  ],
  dataBars: [
    { range: { top: 1, left: 2, bottom: 3, right: 2 }, color: '#BDD7EE' },
    { range: { top: 1, left: 3, bottom: 3, right: 3 }, color: '#BDD7EE', max: 100 },
  ],
  print: {
    orientation: 'landscape',
    paperSize: 'A4',
    repeatRows: [0, 0],
    repeatCols: [0, 1],
    pageNumbers: 'Trang',
    colBreaks: [4],
    rowBreaks: [16],
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6 },
  },
};
const spec: WorkbookSpec = { sheets: [{ name: 'Tổng hợp', rows: [[{ value: 'x' }]] }, chartSheet] };
const bytes = xlsxBytes(spec);
const parts = unzipParts(bytes);
const sheet2 = parseXml(parts.get('xl/worksheets/sheet2.xml')!);

const f = (node: XmlNode | undefined): string => child(node!, 'c:f')!.text;
const points = (cache: XmlNode): (string | null)[] => {
  const count = Number(child(cache, 'c:ptCount')!.attributes.val);
  const out: (string | null)[] = Array.from({ length: count }, () => null);
  for (const pt of children(cache, 'c:pt')) out[Number(pt.attributes.idx)] = child(pt, 'c:v')!.text;
  return out;
};

describe('charts in the .xlsx', () => {
  it('are a drawing of the sheet that anchors one chart part each, all with content types', () => {
    const rels = relationships(parts, 'xl/worksheets/_rels/sheet2.xml.rels');
    const drawingId = child(sheet2, 'drawing')!.attributes['r:id'];
    expect(rels.get(drawingId)).toEqual({ type: 'drawing', target: '../drawings/drawing2.xml', external: false });
    const drawing = parseXml(parts.get('xl/drawings/drawing2.xml')!);
    const anchors = children(drawing, 'xdr:twoCellAnchor');
    expect(anchors).toHaveLength(2);
    const from = child(anchors[0], 'xdr:from')!;
    expect([child(from, 'xdr:col')!.text, child(from, 'xdr:row')!.text]).toEqual(['5', '0']);
    const to = child(anchors[0], 'xdr:to')!;
    expect([child(to, 'xdr:col')!.text, child(to, 'xdr:row')!.text]).toEqual(['15', '15']);
    const drawingRels = relationships(parts, 'xl/drawings/_rels/drawing2.xml.rels');
    const chartIds = anchors.map(
      (a) =>
        child(child(child(child(a, 'xdr:graphicFrame')!, 'a:graphic')!, 'a:graphicData')!, 'c:chart')!.attributes[
          'r:id'
        ],
    );
    expect(chartIds.map((id) => drawingRels.get(id)?.target)).toEqual(['../charts/chart1.xml', '../charts/chart2.xml']);
    const types = parts.get('[Content_Types].xml')!;
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    // A sheet without charts has no drawing.
    expect(parts.has('xl/drawings/drawing1.xml')).toBe(false);
  });

  it('draw the ranges of the spec, on the sheet by its quoted name, with the figures cached', () => {
    const chart = parseXml(parts.get('xl/charts/chart1.xml')!);
    const bar = child(child(child(chart, 'c:chart')!, 'c:plotArea')!, 'c:barChart')!;
    expect(child(bar, 'c:barDir')!.attributes.val).toBe('bar');
    const series = children(bar, 'c:ser');
    expect(series.map((s) => child(child(s, 'c:tx')!, 'c:v')!.text)).toEqual(['Kỳ này', 'Kỳ trước']);
    const [now, before] = series;
    expect(f(child(child(now, 'c:cat')!, 'c:strRef'))).toBe("'Biểu đồ ''A'!$B$2:$B$4");
    expect(f(child(child(now, 'c:val')!, 'c:numRef'))).toBe("'Biểu đồ ''A'!$C$2:$C$4");
    expect(f(child(child(before, 'c:val')!, 'c:numRef'))).toBe("'Biểu đồ ''A'!$D$2:$D$4");
    expect(points(child(child(child(now, 'c:cat')!, 'c:strRef')!, 'c:strCache')!)).toEqual([
      'Huyện Bù Đăng',
      'Huyện Lộc Ninh & <Hớn Quản>',
      'Huyện Bù Đốp',
    ]);
    expect(points(child(child(child(before, 'c:val')!, 'c:numRef')!, 'c:numCache')!)).toEqual(['210', null, '80']);
    const column = parseXml(parts.get('xl/charts/chart2.xml')!);
    expect(
      child(child(child(child(column, 'c:chart')!, 'c:plotArea')!, 'c:barChart')!, 'c:barDir')!.attributes.val,
    ).toBe('col');
  });

  it('rank from the top: the category axis runs downwards with every label shown', () => {
    const plot = child(child(parseXml(parts.get('xl/charts/chart1.xml')!), 'c:chart')!, 'c:plotArea')!;
    const cat = child(plot, 'c:catAx')!;
    expect(child(child(cat, 'c:scaling')!, 'c:orientation')!.attributes.val).toBe('maxMin');
    expect(child(cat, 'c:tickLblSkip')!.attributes.val).toBe('1');
    expect(child(child(plot, 'c:valAx')!, 'c:crosses')!.attributes.val).toBe('max');
  });

  it('follow the schema sequences Excel checks', () => {
    for (const n of [1, 2]) {
      const space = parseXml(parts.get(`xl/charts/chart${n}.xml`)!);
      expect(
        followsSequence(childOrder(space), [
          'c:date1904',
          'c:lang',
          'c:roundedCorners',
          'c:style',
          'c:clrMapOvr',
          'c:pivotSource',
          'c:protection',
          'c:chart',
          'c:spPr',
          'c:txPr',
          'c:externalData',
          'c:printSettings',
          'c:userShapes',
        ]),
      ).toBe(true);
      const chart = child(space, 'c:chart')!;
      expect(
        followsSequence(childOrder(chart), [
          'c:title',
          'c:autoTitleDeleted',
          'c:pivotFmts',
          'c:view3D',
          'c:floor',
          'c:sideWall',
          'c:backWall',
          'c:plotArea',
          'c:legend',
          'c:plotVisOnly',
          'c:dispBlanksAs',
        ]),
      ).toBe(true);
      const plot = child(chart, 'c:plotArea')!;
      const bar = child(plot, 'c:barChart')!;
      expect(
        followsSequence(childOrder(bar), [
          'c:barDir',
          'c:grouping',
          'c:varyColors',
          'c:ser',
          'c:dLbls',
          'c:gapWidth',
          'c:overlap',
          'c:serLines',
          'c:axId',
        ]),
      ).toBe(true);
      for (const ser of children(bar, 'c:ser')) {
        expect(
          followsSequence(childOrder(ser), [
            'c:idx',
            'c:order',
            'c:tx',
            'c:spPr',
            'c:invertIfNegative',
            'c:pictureOptions',
            'c:dPt',
            'c:dLbls',
            'c:trendline',
            'c:errBars',
            'c:cat',
            'c:val',
            'c:shape',
            'c:extLst',
          ]),
        ).toBe(true);
      }
      const axis = [
        'c:axId',
        'c:scaling',
        'c:delete',
        'c:axPos',
        'c:majorGridlines',
        'c:minorGridlines',
        'c:title',
        'c:numFmt',
        'c:majorTickMark',
        'c:minorTickMark',
        'c:tickLblPos',
        'c:spPr',
        'c:txPr',
        'c:crossAx',
        'c:crosses',
      ];
      expect(
        followsSequence(childOrder(child(plot, 'c:catAx')!), [
          ...axis,
          'c:auto',
          'c:lblAlgn',
          'c:lblOffset',
          'c:tickLblSkip',
          'c:tickMarkSkip',
          'c:noMultiLvlLbl',
        ]),
      ).toBe(true);
      expect(
        followsSequence(childOrder(child(plot, 'c:valAx')!), [...axis, 'c:crossBetween', 'c:majorUnit', 'c:minorUnit']),
      ).toBe(true);
      // The axes the chart names are the axes it has.
      const ids = children(bar, 'c:axId').map((a) => a.attributes.val);
      expect([
        child(child(plot, 'c:catAx')!, 'c:axId')!.attributes.val,
        child(child(plot, 'c:valAx')!, 'c:axId')!.attributes.val,
      ]).toEqual(ids);
    }
  });
});

describe('data bars and print settings in the .xlsx', () => {
  it('write data bars from zero to the largest figure, or to a fixed top', () => {
    const formats = children(sheet2, 'conditionalFormatting');
    expect(formats.map((c) => c.attributes.sqref)).toEqual(['C2:C4', 'D2:D4']);
    const cfvo = (c: XmlNode) => children(child(child(c, 'cfRule')!, 'dataBar')!, 'cfvo').map((v) => v.attributes);
    expect(cfvo(formats[0])).toEqual([{ type: 'num', val: '0' }, { type: 'max' }]);
    expect(cfvo(formats[1])).toEqual([
      { type: 'num', val: '0' },
      { type: 'num', val: '100' },
    ]);
    expect(children(formats.map((c) => child(c, 'cfRule')!).flat()[0], 'dataBar')).toHaveLength(1);
  });

  it('repeat the unit columns and header rows, number the pages and break where asked', () => {
    const workbook = parseXml(parts.get('xl/workbook.xml')!);
    const titles = children(child(workbook, 'definedNames')!, 'definedName').find(
      (d) => d.attributes.name === '_xlnm.Print_Titles',
    )!;
    expect([titles.attributes.localSheetId, titles.text]).toEqual(['1', "'Biểu đồ ''A'!$A:$B,'Biểu đồ ''A'!$1:$1"]);
    expect(child(child(sheet2, 'headerFooter')!, 'oddFooter')!.text).toBe('&CTrang &P/&N');
    expect(children(child(sheet2, 'colBreaks')!, 'brk').map((b) => b.attributes)).toEqual([
      { id: '4', max: '1048575', man: '1' },
    ]);
    expect(children(child(sheet2, 'rowBreaks')!, 'brk').map((b) => b.attributes.id)).toEqual(['16']);
    expect(child(sheet2, 'pageMargins')!.attributes).toEqual({
      left: '0.4',
      right: '0.4',
      top: '0.5',
      bottom: '0.6',
      header: '0.25',
      footer: '0.3',
    });
  });

  it('read back by ExcelJS as a second reader', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.slice().buffer);
    const ws = book.worksheets[1];
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      printTitlesRow: '1:1',
      printTitlesColumn: 'A:B',
    });
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4, top: 0.5, bottom: 0.6 });
    expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N');
    expect(ws.getCell('C2').value).toBe(223);
  });
});
