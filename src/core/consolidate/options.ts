import type { Catalog, PreviousPeriod } from '../model';

export type ConsolidateOptions = {
  catalog: Catalog;
  /** Official unit names, one per expected reporting unit (units.txt); overrides the province's list. */
  expectedUnits?: string[];
  /**
   * The province, as the user names it ("Bình Phước", "Đồng Nai"): the gazetteer then gives the expected units —
   * districts before 1 July 2025, communes and wards since — with their official names and codes.
   */
  province?: string;
  /** The era chosen by the user, for a period across 1 July 2025; otherwise the period decides. */
  era?: 'before' | 'since';
  /** The period being consolidated ("6 tháng đầu năm 2022"); reports of another period are flagged. */
  period?: string;
  /** Figures of an earlier period (from an earlier summary or report.json): change column and jump checks. */
  previous?: PreviousPeriod;
  /** Called between stages and every few sheets, so a UI can show progress: done/total in 0..1. */
  onProgress?: (fraction: number, stage: 'detect' | 'match' | 'merge' | 'check') => void;
};
