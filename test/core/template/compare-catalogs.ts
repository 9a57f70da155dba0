/**
 * The end-to-end measure of issue 17: a province's unit reports, written against the department's own form,
 * consolidated once with the catalog read from that form and once with the catalog a person wrote by hand.
 * Every figure the hand-written catalog reaches must be reached with the same value from the same cell.
 */
import type { Catalog, ConsolidationResult, Grid } from '../../../src/core/model';
import { consolidate } from '../../../src/core/consolidate';
import { catalogFromTemplate, decideNeed } from '../../../src/core/template';
import { formatCellRef } from '../../../src/core/address/address';
import { readFigure } from '../../../src/core/merge';

const REF = { file: '', sheet: '', address: 'A1' };
import { formGrid, handIds, type DepartmentForm, type UnitEdits } from './department-forms';

/** What each unit does to the form (by unit index): the same for every form, in the form's own hand ids. */
export function editsFor(form: DepartmentForm, unit: number): UnitEdits {
  const ids = handIds(form);
  if (unit === 1)
    return {
      insertAfter: {
        after: ids[1],
        label: 'Số lượt truy cập Cổng thông tin điện tử của xã',
        measure: 'Lượt',
        value: 15230,
      },
    };
  if (unit === 2) return { remove: ids[ids.length - 2] };
  return {};
}

export type Comparison = {
  form: string;
  units: number;
  /** Figures (unit × indicator) each catalog put in the summary. */
  byHand: number;
  byTemplate: number;
  /** Hand figures the template catalog reached with the same value from the same cell. */
  equal: number;
  /** Hand figures the template catalog gave another value or took from another cell. */
  wrong: string[];
  /** Hand figures the template catalog did not reach. */
  missed: string[];
  /** Template figures that are not the figure the unit typed. */
  untrue: string[];
  /** Decisions the template catalog left open (settled here as the hand catalog settles them). */
  needs: number;
  /** Province totals that differ between the two catalogs (after those decisions). */
  totalsDiffer: string[];
  /** The same before the decisions: the open ones give no total rather than a guessed one. */
  totalsDifferUndecided: string[];
  totals: number;
};

export async function unitGrids(form: DepartmentForm): Promise<Grid[]> {
  return Promise.all(form.units.map((unit, index) => formGrid(form, { unit, index, edits: editsFor(form, index) })));
}

/** The template catalog with its open needs settled the way the hand catalog settles them. */
export function settled(template: Catalog, form: DepartmentForm): Catalog {
  const pair = pairing(template, form);
  let catalog = template;
  for (const need of template.needs ?? []) {
    for (const id of need.indicators) {
      const hand = form.handCatalog.indicators.find((i) => i.id === pair.get(id));
      if (!hand) continue;
      const toTemplate = (handId: string) => [...pair].find(([, h]) => h === handId)?.[0] ?? handId;
      if (need.kind === 'measure') catalog = decideNeed(catalog, id, { unit: hand.unit });
      else {
        const a = hand.aggregate ?? 'sum';
        const translated =
          typeof a === 'string'
            ? a
            : 'weightedBy' in a
              ? { weightedBy: toTemplate(a.weightedBy) }
              : { ratio: [toTemplate(a.ratio[0]), toTemplate(a.ratio[1])] as [string, string], scale: a.scale };
        catalog = decideNeed(catalog, id, { aggregate: translated });
      }
    }
  }
  return catalog;
}

/** Template id → hand id, by the form's row order (the template catalog keeps it). */
function pairing(template: Catalog, form: DepartmentForm): Map<string, string> {
  const hand = handIds(form);
  return new Map(template.indicators.map((ind, i) => [ind.id, hand[i]]));
}

function figures(result: ConsolidationResult): Map<string, { cell: string; value: number | null }> {
  const out = new Map<string, { cell: string; value: number | null }>();
  for (const row of result.summary.rows) {
    for (const [unit, v] of Object.entries(row.values))
      out.set(`${unit}|${row.indicator.id}`, { cell: formatCellRef(v.cell), value: v.value });
  }
  return out;
}

export async function compareCatalogs(form: DepartmentForm): Promise<Comparison> {
  const read = catalogFromTemplate(await formGrid(form));
  if (!read.ok) throw new Error(read.reason);
  const needs = (read.catalog.needs ?? []).reduce((n, need) => n + need.indicators.length, 0);
  const template = settled(read.catalog, form);
  const grids = await unitGrids(form);
  const options = { expectedUnits: form.units, period: form.period };
  const byHand = consolidate(grids, { ...options, catalog: form.handCatalog });
  const byTemplate = consolidate(grids, { ...options, catalog: template });
  const pair = pairing(template, form);
  const handFigures = figures(byHand);
  const templateFigures = figures(byTemplate);
  const translated = new Map(
    [...templateFigures].map(([key, v]) => {
      const [unit, id] = key.split('|');
      return [`${unit}|${pair.get(id)}`, v];
    }),
  );
  const wrong: string[] = [];
  const missed: string[] = [];
  let equal = 0;
  for (const [key, hand] of handFigures) {
    const got = translated.get(key);
    if (!got) missed.push(key);
    else if (got.cell !== hand.cell || got.value !== hand.value)
      wrong.push(`${key}: ${hand.cell}=${hand.value} ≠ ${got.cell}=${got.value}`);
    else equal += 1;
  }
  const untrue: string[] = [];
  const handById = new Map(form.handCatalog.indicators.map((i) => [i.id, i]));
  for (const [key, got] of translated) {
    const [unit, hand] = key.split('|');
    const typed = form.figure(hand, form.units.indexOf(unit));
    const indicator = handById.get(hand);
    // The unit typed the figure beside the form's ĐVT cell, which states the indicator's measure.
    const truth = indicator
      ? readFigure({ label: '', labelCell: REF, raw: typed, valueCell: REF, measure: indicator.unit }, indicator, 'vi')
          .value
      : null;
    if (truth !== got.value) untrue.push(`${key}: typed ${typed}, summary ${got.value}`);
  }
  const handTotals = new Map(byHand.summary.rows.map((r) => [r.indicator.id, r.total]));
  const differing = (result: ConsolidationResult): string[] =>
    result.summary.rows.flatMap((row) => {
      const hand = handTotals.get(pair.get(row.indicator.id) ?? '');
      const same =
        hand === row.total ||
        (hand !== null &&
          hand !== undefined &&
          row.total !== null &&
          Math.abs(hand - row.total) <= 1e-9 * Math.max(1, Math.abs(hand)));
      return same ? [] : [`${row.indicator.name}: ${hand} ≠ ${row.total}`];
    });
  const totalsDiffer = differing(byTemplate);
  const totalsDifferUndecided = differing(consolidate(grids, { ...options, catalog: read.catalog }));
  return {
    form: form.file,
    units: form.units.length,
    byHand: handFigures.size,
    byTemplate: templateFigures.size,
    equal,
    wrong,
    missed,
    untrue,
    needs,
    totalsDiffer,
    totalsDifferUndecided,
    totals: byTemplate.summary.rows.length,
  };
}
