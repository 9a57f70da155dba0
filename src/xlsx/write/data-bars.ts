/**
 * Data bars as SpreadsheetML conditional formats: the 2007 form that Excel and LibreOffice both draw, bars from
 * zero (not from the smallest figure, which would show the lowest unit as having nothing) to the range's largest
 * figure or a fixed top (100 for a rate).
 */
import type { DataBarSpec } from '../../core/model';
import { cellAddress } from '../../core/address/address';
import { argb } from './styles';

export function dataBarsXml(bars: DataBarSpec[] | undefined): string {
  let xml = '';
  let priority = 1;
  for (const bar of bars ?? []) {
    const { top, left, bottom, right } = bar.range;
    if (bottom < top || right < left) continue;
    const color = argb(bar.color) ?? 'FF638EC6';
    const upper =
      bar.max !== undefined && Number.isFinite(bar.max) ? `<cfvo type="num" val="${bar.max}"/>` : '<cfvo type="max"/>';
    xml +=
      `<conditionalFormatting sqref="${cellAddress(top, left)}:${cellAddress(bottom, right)}">` +
      `<cfRule type="dataBar" priority="${priority++}"><dataBar minLength="0" maxLength="100"><cfvo type="num" val="0"/>${upper}<color rgb="${color}"/></dataBar></cfRule>` +
      '</conditionalFormatting>';
  }
  return xml;
}
