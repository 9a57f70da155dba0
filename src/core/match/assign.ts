/*
 * One row per indicator in a report: the rows still undecided and the indicators still free, assigned so the summed
 * weight is greatest (the Hungarian method), where leaving a row unmatched is always allowed. Rows only compete
 * for an indicator when both could be it, so the problem falls apart into small pieces solved one by one.
 */

/** An edge: row `row` may be indicator `id` with this weight (already above the threshold). */
export type Edge = { row: number; id: string; weight: number };

/** Square-matrix Hungarian method, minimising cost; returns the column of each row. */
function hungarian(cost: number[][]): number[] {
  const n = cost.length;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const columnOf = new Array<number>(n).fill(-1);
  for (let j = 1; j <= n; j++) if (p[j] > 0) columnOf[p[j] - 1] = j - 1;
  return columnOf;
}

/** Pieces of the problem: rows that share a possible indicator, directly or through others. */
function components(edges: Edge[]): Edge[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(x, root);
    return root;
  };
  const join = (a: string, b: string) => {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    parent.set(find(a), find(b));
  };
  for (const e of edges) join(`r${e.row}`, `i${e.id}`);
  const pieces = new Map<string, Edge[]>();
  for (const e of edges) {
    const root = find(`r${e.row}`);
    const piece = pieces.get(root);
    if (piece) piece.push(e);
    else pieces.set(root, [e]);
  }
  return [...pieces.values()];
}

/** Largest piece solved exactly; bigger ones (never seen in real reports) are taken heaviest edge first. */
const EXACT_LIMIT = 60;

function solvePiece(piece: Edge[], into: Map<number, string>): void {
  const rows = [...new Set(piece.map((e) => e.row))];
  const ids = [...new Set(piece.map((e) => e.id))];
  if (rows.length === 1) {
    into.set(rows[0], piece.reduce((a, b) => (b.weight > a.weight ? b : a)).id);
    return;
  }
  if (rows.length + ids.length > EXACT_LIMIT) {
    const takenRows = new Set<number>();
    const takenIds = new Set<string>();
    for (const e of [...piece].sort((a, b) => b.weight - a.weight)) {
      if (takenRows.has(e.row) || takenIds.has(e.id)) continue;
      takenRows.add(e.row);
      takenIds.add(e.id);
      into.set(e.row, e.id);
    }
    return;
  }
  // Columns: the indicators, then one "unmatched" column per row (value 0); values become costs from the largest.
  const size = rows.length + ids.length;
  const value = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const rowAt = new Map(rows.map((r, i) => [r, i]));
  const idAt = new Map(ids.map((id, j) => [id, j]));
  for (const e of piece) value[rowAt.get(e.row) as number][idAt.get(e.id) as number] = e.weight;
  let top = 0;
  for (const line of value) for (const x of line) top = Math.max(top, x);
  const columnOf = hungarian(value.map((line) => line.map((x) => top - x)));
  rows.forEach((row, i) => {
    const j = columnOf[i];
    if (j >= 0 && j < ids.length && value[i][j] > 0) into.set(row, ids[j]);
  });
}

/**
 * Assigns rows to indicators, each indicator to at most one row, maximising the summed weight.
 * @example assignRows([{ row: 0, id: 'a', weight: 3 }, { row: 1, id: 'a', weight: 5 }, { row: 0, id: 'b', weight: 2 }])
 * // Map { 1 → "a", 0 → "b" }
 */
export function assignRows(edges: Edge[]): Map<number, string> {
  const assigned = new Map<number, string>();
  for (const piece of components(edges.filter((e) => e.weight > 0))) solvePiece(piece, assigned);
  return assigned;
}
