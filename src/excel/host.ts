/** Host detection and requirement sets, in one place. */
import type { Capabilities } from './types';

export type IsSetSupported = (name: string, version: string) => boolean;

/**
 * The ExcelApi version the add-in needs (manifest.xml asks for the same): RangeAreas, setCellProperties and
 * copyFrom, with which requests stay small and an earlier summary is replaced in place. Office 2019 and older
 * (ExcelApi ≤ 1.8) run add-ins in Internet Explorer 11 or EdgeHTML, which cannot run this ES2022 bundle anyway.
 */
export const MIN_EXCEL_API = '1.9';

/** Checks a requirement set without throwing (outside Office there is none). */
export const isSetSupportedSafe: IsSetSupported = (name, version) => {
  try {
    return typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported(name, version));
  } catch {
    return false;
  }
};

/** Excel on the web (5 MB per request), without throwing. */
export function isWebSafe(): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context?.platform === Office.PlatformType?.OfficeOnline;
  } catch {
    return false;
  }
}

export function capabilitiesOf(isSetSupported: IsSetSupported, web = false): Capabilities {
  return {
    importFiles: isSetSupported('ExcelApi', '1.13'),
    notes: isSetSupported('ExcelApi', '1.18'),
    cellProperties: isSetSupported('ExcelApi', '1.9'),
    delayForCellEdit: isSetSupported('ExcelApi', '1.11'),
    web,
    supports: (version) => isSetSupported('ExcelApi', version),
  };
}

/** "vi" unless Office's display language is English. */
export function displayLanguageSafe(): 'vi' | 'en' {
  try {
    const lang = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
    return lang && lang.toLowerCase().startsWith('en') ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}
