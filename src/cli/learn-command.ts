import { basename } from 'node:path';
import { learnFromMappingSheet } from '../core/learn';
import { findOutputSheet } from '../core/render';
import { CliFailure, ExitCode, type Io } from './io';
import { loadCatalogOrDefault, writeTextAtomic } from './load-files';
import { DETAIL, learnTexts } from './messages';
import { readXlsxFile } from './read-xlsx';

/**
 * `tonghop learn`: the decisions a person wrote on the mapping sheet of a result workbook become aliases in the
 * catalog file (core decides what is learnt; this reads the workbook and writes the catalog).
 */
export async function learnCommand(summary: string, catalogPath: string, io: Io): Promise<number> {
  const catalog = await loadCatalogOrDefault(catalogPath);
  const grids = await readXlsxFile(summary, basename(summary)).catch(() => null);
  if (grids === null) throw new CliFailure('mapping_unreadable', { file: summary, detail: DETAIL.cannotOpenXlsx });
  const sheet = findOutputSheet(grids, 'mappingSheet');
  if (!sheet) throw new CliFailure('mapping_unreadable', { file: summary, detail: DETAIL.noSuchSheet });
  const result = learnFromMappingSheet(sheet, catalog);
  if (!result.ok) throw new CliFailure('mapping_unreadable', { file: summary, detail: result.reason });
  for (const u of result.unknownIds) io.err(`${learnTexts.unknownId(u.row + 1, u.id)}\n`);
  if (result.learned.length > 0) await writeTextAtomic(catalogPath, `${JSON.stringify(result.catalog, null, 2)}\n`);
  for (const d of result.learned) io.out(`${learnTexts.learned(d.label, d.indicatorId)}\n`);
  io.out(`${learnTexts.added(result.learned.length, catalogPath)}\n`);
  return ExitCode.ok;
}
