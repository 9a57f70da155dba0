import { defaultCatalog, validateCatalog } from '../../../src/core/catalog';
import { foldKey } from '../../../src/core/text';

const byId = new Map(defaultCatalog.indicators.map((indicator) => [indicator.id, indicator]));

describe('the default catalog', () => {
  it('passes its own validation', () => {
    expect(validateCatalog(defaultCatalog)).toEqual({ ok: true, catalog: defaultCatalog });
  });

  it('holds at least 35 indicators of the ICT sector', () => {
    expect(defaultCatalog.indicators.length).toBeGreaterThanOrEqual(35);
  });

  it('starts with population and households, the size indicators units report', () => {
    expect(defaultCatalog.indicators.slice(0, 2).map((i) => [i.id, i.unit, i.group])).toEqual([
      ['population', 'người', 'Dân số – quy mô'],
      ['households', 'hộ', 'Dân số – quy mô'],
    ]);
  });

  it.each([
    'postal_service_points',
    'postal_dossiers_received',
    'postal_results_returned',
    'bts_stations',
    'mobile_subscribers',
    'fixed_broadband_subscribers',
    'mobile_density',
    'fibre_households_rate',
    'smartphone_users_rate',
    'coverage_4g_rate',
    'online_services_total',
    'online_services_partial',
    'online_services_full',
    'online_dossier_rate',
    'digitisation_rate',
    'online_payment_dossiers',
    'video_conference_points',
    'online_meetings',
    'official_email_boxes',
    'digital_certificates',
    'ioc_cameras',
    'news_articles',
    'loudspeaker_clusters',
    'community_digital_teams',
    'community_digital_members',
    'inspections',
    'fines',
    'telecom_revenue',
    'ecommerce_households',
    'lgsp_connected_units',
    'electronic_documents',
  ])('has the indicator %s with a name, a measure and aliases', (id) => {
    const indicator = byId.get(id);
    expect(indicator?.name).toBeTruthy();
    expect(indicator?.unit).toBeTruthy();
    expect(indicator?.nameEn).toBeTruthy();
    expect(indicator?.aliases?.length).toBeGreaterThan(0);
  });

  it('computes mobile density as subscribers per 100 inhabitants', () => {
    expect(byId.get('mobile_density')?.aggregate).toEqual({ ratio: ['mobile_subscribers', 'population'], scale: 100 });
  });

  it('weighs the fibre rate by households and the smartphone rate by population', () => {
    expect(byId.get('fibre_households_rate')?.aggregate).toEqual({ weightedBy: 'households' });
    expect(byId.get('smartphone_users_rate')?.aggregate).toEqual({ weightedBy: 'population' });
  });

  it('keeps full online services within all online services, and both levels together too', () => {
    expect(byId.get('online_services_full')?.rules).toEqual([{ lte: 'online_services_total' }]);
    expect(byId.get('online_services_total')?.rules).toEqual([
      { sumOfLte: ['online_services_partial', 'online_services_full'] },
    ]);
  });

  it('bounds every percentage between 0 and 100 and never sums it', () => {
    const percentages = defaultCatalog.indicators.filter((i) => i.unit === '%');
    expect(percentages.length).toBeGreaterThanOrEqual(6);
    for (const indicator of percentages) {
      expect([indicator.id, indicator.min, indicator.max]).toEqual([indicator.id, 0, 100]);
      expect(indicator.aggregate ?? 'sum').not.toBe('sum');
    }
  });

  it('marks counts as whole numbers', () => {
    for (const id of ['bts_stations', 'postal_service_points', 'inspections', 'households'])
      expect(byId.get(id)?.integer).toBe(true);
  });

  it('never gives two indicators the same name or alias', () => {
    const owners = new Map<string, string>();
    for (const indicator of defaultCatalog.indicators) {
      for (const form of [indicator.name, ...(indicator.aliases ?? [])]) {
        const key = foldKey(form);
        const owner = owners.get(key);
        if (owner !== undefined && owner !== indicator.id)
          throw new Error(`«${form}» belongs to ${owner} and ${indicator.id}`);
        owners.set(key, indicator.id);
      }
    }
  });
});
