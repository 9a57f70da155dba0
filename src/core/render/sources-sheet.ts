import type { CellSpec, ConsolidationResult, SheetSpec } from '../model';
import { num, text } from './cells';
import type { RenderOptions } from './options';
import { BODY, HEADER, LINK, TEXT, TEXT_FLAGGED, internalLink } from './styles';
import type { RenderTexts } from './texts';

/**
 * What was read and how: each unit's sheet, the period and where the unit name came from, the result column chosen,
 * and what the reader should know (a hidden sheet or hidden rows, a legacy encoding decoded, English-style numbers);
 * then every sheet that was not used, with the reason. Nothing is used silently.
 */
export function renderSourcesSheet(result: ConsolidationResult, options: RenderOptions, t: RenderTexts): SheetSpec {
  const en = options.lang === 'en';
  const link = options.sourceLink ?? ((ref) => internalLink(ref.sheet, ref.address));
  const header = [t.stt, t.unit, t.sourceSheet, t.period, t.unitFrom, t.valueColumn, t.readerNotes];
  const rows: (CellSpec | null)[][] = [
    [text(t.sourcesTitle, { bold: true, size: 14 })],
    [],
    header.map((h) => text(h, HEADER)),
  ];
  result.summary.units.forEach((unit, i) => {
    const { report } = unit;
    const target = link({ file: report.source.file, sheet: report.source.sheet, address: 'A1' });
    const notes = en && report.notesEn ? report.notesEn : report.notes;
    const noted = notes.length > 0;
    rows.push([
      num(i + 1, '0', BODY),
      text(unit.name, TEXT),
      target ? { ...text(unit.source, LINK), link: target } : text(unit.source, TEXT),
      text(unit.period ?? t.noPeriod, TEXT),
      text(
        `${t.evidence[report.unitEvidence.from]}${report.unitEvidence.text ? `: «${report.unitEvidence.text}»` : ''}`,
        TEXT,
      ),
      text(report.layout.valueHeader ?? t.noHeader, TEXT),
      text(notes.join('\n'), noted ? TEXT_FLAGGED.info : TEXT),
    ]);
  });
  if (result.skipped.length > 0) {
    rows.push([]);
    rows.push([text(t.skippedTitle, { bold: true })]);
    rows.push([t.stt, t.sourceSheet, t.skipReason].map((h) => text(h, HEADER)));
    result.skipped.forEach((s, i) =>
      rows.push([num(i + 1, '0', BODY), text(s.source, TEXT), text((en ? s.reasonEn : undefined) ?? s.reason, TEXT)]),
    );
  }
  return {
    name: t.sourcesSheet,
    rows,
    columnWidths: [6, 26, 44, 24, 36, 28, 60],
    freeze: { rows: 3, cols: 0 },
    print: { orientation: 'landscape', paperSize: 'A4', repeatRows: [2, 2], fitToWidth: true },
  };
}
