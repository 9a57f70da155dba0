import { useEffect, useState, useSyncExternalStore } from 'react';
import { makeStyles, tokens, Tab, TabList, Subtitle2 } from '@fluentui/react-components';
import { columnLetters } from '../core/address/address';
import type { MemoryExcel } from '../excel/memory/excel';
import { usedBounds } from '../excel/memory/state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, height: '100%' },
  scroller: { overflow: 'auto', flex: 1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  head: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingInline: tokens.spacingHorizontalXS },
  cell: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingInline: tokens.spacingHorizontalXS, whiteSpace: 'pre-wrap', maxWidth: '28em', verticalAlign: 'top' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

/** A plain HTML view of the in-memory workbook, so a person can see what the add-in wrote. */
export function SheetView({ excel }: { excel: MemoryExcel }) {
  const styles = useStyles();
  // Re-render at most once a frame while the adapter writes.
  const version = useSyncExternalStore(
    (notify) => {
      let pending = 0;
      return excel.subscribe(() => {
        if (!pending) pending = window.setTimeout(() => ((pending = 0), notify()), 50);
      });
    },
    () => excel.state.sheets.length + ':' + excel.state.activeSheet + ':' + JSON.stringify(excel.state.selection) + ':' + versionOf(excel),
  );
  const [shown, setShown] = useState<string | null>(excel.state.activeSheet);
  useEffect(() => setShown(excel.state.activeSheet), [excel.state.activeSheet, version]);
  const sheet = excel.findSheet(shown ?? '') ?? excel.state.sheets[0];
  const box = sheet ? usedBounds(sheet, false) : null;
  const rows = box ? Math.min(box.row + box.rows, 400) : 0;
  const cols = box ? Math.min(box.col + box.cols, 30) : 0;
  const sel = excel.state.selection;

  return (
    <section className={styles.root} aria-label="Sổ làm việc (trong bộ nhớ)">
      <Subtitle2 as="h2">Sổ làm việc (trong bộ nhớ)</Subtitle2>
      <TabList size="small" selectedValue={sheet?.name} onTabSelect={(_, d) => setShown(String(d.value))} aria-label="Trang tính">
        {excel.state.sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller}>
        {sheet && (
          <table className={styles.table} aria-label={sheet.name}>
            <thead>
              <tr>
                <th className={styles.head} />
                {Array.from({ length: cols }, (_, c) => (
                  <th key={c} className={styles.head} scope="col">
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th className={styles.head} scope="row">
                    {r + 1}
                  </th>
                  {Array.from({ length: cols }, (_, c) => {
                    const cell = sheet.cells.get(`${r},${c}`);
                    const isSel = sel?.sheet === sheet.name && sel.row === r && sel.col === c;
                    return (
                      <td
                        key={c}
                        className={isSel ? `${styles.cell} ${styles.selected}` : styles.cell}
                        aria-selected={isSel || undefined}
                        title={cell?.note}
                        style={{ fontWeight: cell?.font?.bold ? 600 : undefined, background: cell?.fill, textAlign: typeof cell?.value === 'number' ? 'right' : undefined }}
                      >
                        {display(cell?.value ?? null, cell?.numberFormat)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}

let counter = 0;
const versions = new WeakMap<MemoryExcel, number>();
/** Bumped on every change notification, so the store snapshot changes. */
function versionOf(excel: MemoryExcel): number {
  if (!versions.has(excel)) {
    versions.set(excel, 0);
    excel.subscribe(() => versions.set(excel, ++counter));
  }
  return versions.get(excel) ?? 0;
}

/** Numbers as Vietnamese staff read them: "1.300", "16,2%". */
function display(value: string | number | boolean | null, format?: string): string {
  if (typeof value !== 'number') return value === null ? '' : String(value);
  if (format?.includes('%')) return `${(value * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
  return value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}
