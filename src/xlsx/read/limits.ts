/** How much of a sheet is scanned: a unit report fits easily; a 50,000-row export must not hang the run. */
export type ReadLimits = { maxRows: number; maxCols: number };

export const defaultReadLimits: ReadLimits = { maxRows: 2000, maxCols: 60 };
