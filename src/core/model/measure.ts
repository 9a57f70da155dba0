/**
 * Where a figure's measure or magnitude is written: the cell's own words, its number format, the row's ĐVT cell, a
 * suffix of its label, the header of its column, a note over its table ("Đơn vị tính: triệu đồng").
 */
export type MeasureSource = 'cell' | 'format' | 'measure' | 'label' | 'header' | 'note';

/** What one source says; `shift`: a power of ten the source itself applies (a number format's scaling commas). */
export type MeasureStatement = { from: MeasureSource; text: string; shift?: number };

/**
 * How a figure is brought to the catalog's measure: multiplied by `factor`, as `used` says (null: nothing was
 * written, the figure is taken as it is). `agreeing`: other sources that said the same and were not applied again;
 * `overridden`: sources the cell's own words took precedence over. Otherwise the figure is not counted: its sources
 * disagree (`conflict`), a money figure has no magnitude anywhere (`unknown`), or it measures another thing
 * (`mismatch`).
 */
export type FigureScale =
  | {
      kind: 'read';
      factor: number;
      used: MeasureStatement | null;
      agreeing: MeasureStatement[];
      overridden: MeasureStatement[];
    }
  | { kind: 'conflict'; statements: MeasureStatement[] }
  | { kind: 'unknown' }
  | { kind: 'mismatch'; statement: MeasureStatement };
