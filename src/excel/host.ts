/** Host detection and requirement sets, in one place. */
import type { Capabilities } from './types';

export type IsSetSupported = (name: string, version: string) => boolean;

/** Checks a requirement set without throwing (outside Office there is none). */
export const isSetSupportedSafe: IsSetSupported = (name, version) => {
  try {
    return typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported(name, version));
  } catch {
    return false;
  }
};

export function capabilitiesOf(isSetSupported: IsSetSupported): Capabilities {
  return {
    importFiles: isSetSupported('ExcelApi', '1.13'),
    notes: isSetSupported('ExcelApi', '1.18'),
    pageLayout: isSetSupported('ExcelApi', '1.9'),
    cellProperties: isSetSupported('ExcelApi', '1.9'),
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
