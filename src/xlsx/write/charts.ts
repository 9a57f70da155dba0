/**
 * Native charts as DrawingML: one chart part per chart (a clustered bar or column chart over ranges of its sheet,
 * with the figures cached so a reader shows them before any recalculation) and one drawing part per sheet that
 * anchors them to cells. Elements follow the schema's sequences (CT_ChartSpace, CT_BarChart, CT_BarSer, CT_CatAx,
 * CT_ValAx), which Excel checks before it opens a file.
 */
import type { CellRange, ChartSpec, SheetSpec } from '../../core/model';
import { columnLetters, quoteSheet } from '../../core/address/address';
import { argb } from './styles';
import { escapeAttr, escapeText, safeText, XML_HEADER } from './xml';

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
/** Axis ids: any two numbers, the same in the chart and its axes. */
const CATEGORY_AXIS = 500001;
const VALUE_AXIS = 500002;

/** An absolute reference to a range of a sheet: 'Biểu đồ'!$B$5:$B$15. */
function rangeRef(sheet: string, r: CellRange): string {
  const at = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;
  return `${quoteSheet(sheet)}!${at(r.top, r.left)}:${at(r.bottom, r.right)}`;
}

/** The cells of a one-column (or one-row) range, in order. */
function cellsOf(spec: SheetSpec, r: CellRange): (string | number | boolean | null)[] {
  const out: (string | number | boolean | null)[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(spec.rows[row]?.[col]?.value ?? null);
  return out;
}

function strCache(values: (string | number | boolean | null)[]): string {
  const points = values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${escapeText(safeText(String(v)))}</c:v></c:pt>`))
    .join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numCache(values: (string | number | boolean | null)[], format: string): string {
  const points = values
    .map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''))
    .join('');
  return `<c:numCache><c:formatCode>${escapeText(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

/** A run of text with its font size (hundredths of a point) and weight, as titles and axis titles hold it. */
function richText(text: string, size: number, bold: boolean): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeText(safeText(text))}</a:t></a:r></a:p></c:rich></c:tx>`;
}

const textProperties = (size: number): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
const solidFill = (color: string): string =>
  `<a:solidFill><a:srgbClr val="${(argb(color) ?? 'FF2E75B6').slice(2)}"/></a:solidFill>`;
const line = (color: string): string => `<a:ln w="6350">${solidFill(color)}</a:ln>`;

/**
 * The chart part of one chart on sheet `sheet` (its final name), figures cached from the spec's cells.
 * @example chartXml(spec.charts[0], spec, 'Biểu đồ') // '<?xml ...<c:chartSpace ...'
 */
export function chartXml(chart: ChartSpec, spec: SheetSpec, sheet: string): string {
  const categories = cellsOf(spec, chart.categories);
  const series = chart.series.map(
    (s, i) =>
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(safeText(s.name))}</c:v></c:tx>` +
      `<c:spPr>${solidFill(s.color)}</c:spPr><c:invertIfNegative val="0"/>` +
      `<c:cat><c:strRef><c:f>${escapeText(rangeRef(sheet, chart.categories))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${escapeText(rangeRef(sheet, s.values))}</c:f>${numCache(cellsOf(spec, s.values), chart.numberFormat)}</c:numRef></c:val></c:ser>`,
  );
  const horizontal = chart.kind === 'bar';
  const labels =
    `<c:dLbls><c:numFmt formatCode="${escapeAttr(chart.numberFormat)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(800)}` +
    '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
  const plot =
    `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join('')}` +
    `${labels}<c:gapWidth val="60"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    // Units ranked from the top: the category axis runs downwards, and the value axis then sits at its far end (the bottom).
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:spPr>${line('#BFBFBF')}</c:spPr>${textProperties(800)}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/>` +
    // Every unit named, even when the chart is short (Excel and LibreOffice skip labels that would touch otherwise).
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines><c:spPr>${line('#E0E0E0')}</c:spPr></c:majorGridlines>` +
    (chart.valueAxisTitle
      ? `<c:title>${richText(chart.valueAxisTitle, 800, false)}<c:overlay val="0"/></c:title>`
      : '') +
    `<c:numFmt formatCode="${escapeAttr(chart.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:spPr>${line('#BFBFBF')}</c:spPr>${textProperties(800)}<c:crossAx val="${CATEGORY_AXIS}"/>` +
    `<c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  const legend =
    chart.series.length > 1
      ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(900)}</c:legend>`
      : '';
  return (
    `${XML_HEADER}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${richText(chart.title, 1100, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>${line('#D9D9D9')}</c:spPr>${textProperties(900)}</c:chartSpace>`
  );
}

/**
 * The drawing part of a sheet: each chart anchored to its cells; `relIds[i]` is the relationship of chart i.
 * Charts move and size with their cells, as a chart a user inserts does.
 */
export function drawingXml(charts: ChartSpec[], relIds: number[]): string {
  const anchors = charts.map((chart, i) => {
    const { top, left, bottom, right } = chart.anchor;
    const marker = (tag: string, row: number, col: number): string =>
      `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor>${marker('from', top, left)}${marker('to', bottom + 1, right + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeAttr(safeText(`Biểu đồ ${i + 1}`))}" descr="${escapeAttr(safeText(chart.title))}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="rId${relIds[i]}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return `${XML_HEADER}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">${anchors.join('')}</xdr:wsDr>`;
}
