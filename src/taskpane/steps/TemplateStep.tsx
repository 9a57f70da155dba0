import { useMemo, useState } from 'react';
import {
  makeStyles,
  tokens,
  Button,
  Field,
  Input,
  Select,
  Spinner,
  Text,
  MessageBar,
  MessageBarBody,
  Subtitle2,
} from '@fluentui/react-components';
import type { Aggregate, Catalog, CatalogNeed, Grid, WorkbookSpec } from '../../core/model';
import { catalogFromTemplate, decideNeed, renderForms, type TemplateCatalog } from '../../core/template';
import { detectReport } from '../../core/detect';
import { measureKind } from '../../core/catalog/measure-kind';
import { TEMPLATE_STRINGS } from './template-strings';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlockEnd: tokens.spacingVerticalM,
  },
  rule: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlockStart: tokens.spacingVerticalM,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/** How forms reached the user: a new workbook opened, or (older Excel) sheets written into this one. */
export type FormsOutcome = 'opened' | 'plain';

export type TemplateStepProps = {
  lang: 'vi' | 'en';
  /** The workbook's sheets, one of which holds the department's blank form. */
  grids: Grid[];
  /** The catalog in use (forms are made from it). */
  catalog: Catalog;
  /** Expected units (step «Sources»): one form each. */
  units: string[];
  period: string;
  onSaveCatalog: (catalog: Catalog) => Promise<void>;
  onMakeForms: (spec: WorkbookSpec) => Promise<FormsOutcome>;
  onError: (error: unknown) => void;
};

type Status = 'idle' | 'working' | 'saved';

/**
 * The department's own form as the catalog (read, its open questions answered, saved on the catalog sheet), and the
 * forms for the units made from the catalog in use.
 */
export function TemplateStep({
  lang,
  grids,
  catalog,
  units,
  period,
  onSaveCatalog,
  onMakeForms,
  onError,
}: TemplateStepProps) {
  const t = TEMPLATE_STRINGS[lang];
  const styles = useStyles();
  // The first sheet that reads as a table of indicators, not a notes or instructions sheet.
  const firstForm = useMemo(
    () => (grids.find((g) => detectReport(g, { blankForm: true }).kind === 'report') ?? grids[0])?.name ?? '',
    [grids],
  );
  const [sheet, setSheet] = useState(firstForm);
  const [read, setRead] = useState<TemplateCatalog | null>(null);
  const [draft, setDraft] = useState<Catalog | null>(null);
  const [asked, setAsked] = useState<CatalogNeed[]>([]);
  const [saving, setSaving] = useState<Status>('idle');
  const [formPeriod, setFormPeriod] = useState(period);
  const [forms, setForms] = useState<
    { status: 'idle' | 'working' } | { status: 'done'; outcome: FormsOutcome; count: number }
  >({ status: 'idle' });

  const readForm = () => {
    const grid = grids.find((g) => g.name === sheet);
    if (!grid) return;
    const result = catalogFromTemplate(grid);
    setRead(result);
    setDraft(result.ok ? result.catalog : null);
    setAsked(result.ok ? (result.catalog.needs ?? []) : []);
    setSaving('idle');
  };

  const save = async () => {
    if (!draft) return;
    setSaving('working');
    try {
      await onSaveCatalog(draft);
      setSaving('saved');
    } catch (e) {
      setSaving('idle');
      onError(e);
    }
  };

  const make = async () => {
    setForms({ status: 'working' });
    try {
      const spec = renderForms(catalog, units, { period: formPeriod.trim(), lang });
      const outcome = await onMakeForms(spec);
      setForms({ status: 'done', outcome, count: spec.sheets.length });
    } catch (e) {
      setForms({ status: 'idle' });
      onError(e);
    }
  };

  return (
    <>
      <section className={styles.section} aria-labelledby="template-catalog">
        <Subtitle2 as="h2" id="template-catalog">
          {t.catalogTitle}
        </Subtitle2>
        <Text>{t.catalogIntro}</Text>
        <div className={styles.row}>
          <Field label={t.sheetLabel}>
            {/* A native list: a workbook has a handful of sheets, and it answers at once to keys and readers. */}
            <Select value={sheet} onChange={(_, data) => setSheet(data.value)}>
              {grids.map((g) => (
                <option key={g.name} value={g.name}>
                  {g.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button appearance="primary" disabled={!sheet} onClick={readForm}>
            {t.read}
          </Button>
        </div>
        {read && !read.ok && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{lang === 'en' ? read.reasonEn : read.reason}</MessageBarBody>
          </MessageBar>
        )}
        {read?.ok && draft && (
          <>
            <Text>
              {t.summary(
                draft.indicators.length,
                new Set(draft.indicators.flatMap((i) => (i.group ? [i.group] : []))).size,
                read.linked,
              )}
            </Text>
            <Text weight="semibold">
              {t.needsTitle((draft.needs ?? []).reduce((n, need) => n + need.indicators.length, 0))}
            </Text>
            {asked.map((need) => (
              <NeedControls
                key={`${need.kind}-${need.indicators.join()}`}
                need={need}
                catalog={draft}
                lang={lang}
                onDecide={(id, decision) => setDraft(decideNeed(draft, id, decision))}
              />
            ))}
            <div className={styles.row}>
              <Button appearance="primary" disabled={saving === 'working'} onClick={() => void save()}>
                {t.saveCatalog}
              </Button>
              {saving === 'working' && <Spinner size="tiny" />}
            </div>
            {saving === 'saved' && (
              <MessageBar intent="success">
                <MessageBarBody>
                  {t.catalogSaved(draft.indicators.length)}{' '}
                  {(draft.needs ?? []).length > 0
                    ? t.openLeft((draft.needs ?? []).reduce((n, need) => n + need.indicators.length, 0))
                    : ''}
                </MessageBarBody>
              </MessageBar>
            )}
          </>
        )}
      </section>

      <section className={`${styles.section} ${styles.rule}`} aria-labelledby="template-forms">
        <Subtitle2 as="h2" id="template-forms">
          {t.formsTitle}
        </Subtitle2>
        <Text>{t.formsIntro(catalog.indicators.length)}</Text>
        <Field label={t.periodLabel} hint={formPeriod.trim() === '' ? t.periodMissing : undefined} required>
          <Input value={formPeriod} onChange={(_, data) => setFormPeriod(data.value)} />
        </Field>
        <Text>{t.units(units.length)}</Text>
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={formPeriod.trim() === '' || forms.status === 'working'}
            onClick={() => void make()}
          >
            {t.makeForms}
          </Button>
          {forms.status === 'working' && <Spinner size="tiny" label={t.working} />}
        </div>
        {forms.status === 'done' && (
          <MessageBar intent={forms.outcome === 'opened' ? 'success' : 'warning'}>
            <MessageBarBody>
              {forms.outcome === 'opened'
                ? t.formsOpened(forms.count)
                : `${t.formsWritten(forms.count)} ${t.formsPlain}`}
            </MessageBarBody>
          </MessageBar>
        )}
      </section>
    </>
  );
}

type Decision = { aggregate: Aggregate } | { unit: string };

/** The controls of one open question: a rule for a rate, or a measure per indicator. */
function NeedControls({
  need,
  catalog,
  lang,
  onDecide,
}: {
  need: CatalogNeed;
  catalog: Catalog;
  lang: 'vi' | 'en';
  onDecide: (id: string, decision: Decision) => void;
}) {
  const t = TEMPLATE_STRINGS[lang];
  const byId = useMemo(() => new Map(catalog.indicators.map((i) => [i.id, i])), [catalog]);
  // Weights are counts of the same catalog: population, households, the parts a rate is a share of.
  const counts = useMemo(
    () => catalog.indicators.filter((i) => i.unit !== '' && measureKind(i.unit) === 'count'),
    [catalog],
  );
  return (
    <>
      {need.indicators.map((id) => {
        const indicator = byId.get(id);
        if (!indicator) return null;
        if (need.kind === 'measure') {
          return (
            <Field key={id} label={t.measureLabel(indicator.name)} hint={t.measureHint}>
              <Input value={indicator.unit} onChange={(_, data) => onDecide(id, { unit: data.value })} />
            </Field>
          );
        }
        const current = indicator.aggregate ?? 'sum';
        const value =
          typeof current === 'string' ? current : 'weightedBy' in current ? `w:${current.weightedBy}` : 'none';
        return (
          <Field key={id} label={t.aggregateLabel(indicator.name, indicator.unit)} hint={t.aggregateHint}>
            <Select
              value={value}
              onChange={(_, data) =>
                onDecide(id, {
                  aggregate: data.value.startsWith('w:')
                    ? { weightedBy: data.value.slice(2) }
                    : (data.value as 'none' | 'mean'),
                })
              }
            >
              <option value="none">{t.none}</option>
              <option value="mean">{t.mean}</option>
              {counts.map((c) => (
                <option key={c.id} value={`w:${c.id}`}>
                  {t.weighted(c.name)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </>
  );
}
