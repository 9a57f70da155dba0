import type { CellRef } from '../model';

/** "Theo đơn vị": units as rows, as columns (a few districts), or chosen by the number of units. */
export type UnitsLayout = 'auto' | 'rows' | 'columns';

export type RenderOptions = {
  /** The department's name as configured ("Sở Khoa học và Công nghệ tỉnh Bình Phước"); a setting, never hard-coded. */
  department?: string;
  province?: string;
  /** ISO date of the run, printed in the title ("Ngày lập: 23/11/2026"). */
  generatedAt: string;
  lang?: 'vi' | 'en';
  /** Layout of the per-unit sheet; by the number of units when absent or 'auto'. */
  layout?: UnitsLayout;
  /**
   * Link target for a source cell. The add-in's sources are sheets of the same workbook ("#'Sheet'!B17", the
   * default); the command line links to the source file beside the output.
   */
  sourceLink?: (ref: CellRef) => string | undefined;
};
