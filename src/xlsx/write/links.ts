/** Cell links as Excel stores them: a place in the workbook, or an external target plus a place inside it. */
import { safeText } from './xml';

/** Where a link goes: `location` alone inside the workbook; `target` (a relationship) for anything outside. */
export type LinkTarget = { target?: string; location?: string };

/** Excel keeps at most this many links on a worksheet and repairs files with more. */
export const MAX_LINKS_PER_SHEET = 65530;
/** Excel's longest link address; a longer one is dropped (the cell keeps its text). */
export const MAX_LINK_LENGTH = 2079;

/**
 * Splits a spec link the way Excel's own files hold it: "#'Sheet'!B17" is a location in this workbook;
 * "file.xlsx#'Sheet'!B17" is a file (the relationship target) and a location inside it.
 * @example linkTarget("#'Kiểm tra'!B2") // { location: "'Kiểm tra'!B2" }
 * @example linkTarget("bu dop.xlsx#'Sheet1'!B17") // { target: 'bu%20dop.xlsx', location: "'Sheet1'!B17" }
 */
export function linkTarget(spec: string): LinkTarget | null {
  // Control characters cannot be written in XML; a link with one would leave the whole file unreadable.
  const link = safeText(spec);
  const hash = link.indexOf('#');
  const address = hash < 0 ? link : link.slice(0, hash);
  const location = hash < 0 ? '' : link.slice(hash + 1);
  if (!address) return location && location.length <= MAX_LINK_LENGTH ? { location } : null;
  const target = uriTarget(address);
  if (target.length + location.length > MAX_LINK_LENGTH) return null;
  return location ? { target, location } : { target };
}

/**
 * A relationship target must be a URI: a raw space in one makes Excel report a damaged file, so the characters a
 * URI cannot hold are percent-encoded ("Bù Đốp 6T.xlsx" → "Bù%20Đốp%206T.xlsx"); letters outside ASCII stay as they
 * are (an IRI), and a "%" that already starts an escape is kept.
 */
function uriTarget(address: string): string {
  return address.replace(
    /[\u0000-\u0020"<>^`{|}\u007F]|%(?![0-9A-Fa-f]{2})/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
