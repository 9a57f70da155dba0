import type { Said } from '../model';

/** Reasons a report sheet was read but not used (Nguồn), in both languages; parameters are names and sources. */
export const CONSOLIDATE_TEXTS = {
  otherSector: (): Said => ({
    vi: 'không có dòng nào thuộc danh mục chỉ tiêu (biểu của lĩnh vực khác?)',
    en: "no row belongs to the catalog (another sector's form?)",
  }),
  duplicateUnit: (p: { unit: string; used: string }): Said => ({
    vi: `trùng đơn vị «${p.unit}» với ${p.used}`,
    en: `same unit «${p.unit}» as ${p.used}`,
  }),
} as const;

/** A skipped sheet's reason as the model keeps it: Vietnamese in `reason`, English beside it. */
export const skipReason = (said: Said): { reason: string; reasonEn: string } => ({
  reason: said.vi,
  reasonEn: said.en,
});
