import { SheetProtectedError, WriteRefusedError } from '../excel/write';
import type { Strings } from './strings';

/** An error in plain words for the MessageBar. */
export function plainError(e: unknown, t: Strings): string {
  if (e instanceof WriteRefusedError) return t.errorSourceSheet(e.sheet);
  if (e instanceof SheetProtectedError) return t.errorProtected(e.sheet);
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  if (code === 'InvalidOperationInCellEditMode') return t.errorBusy;
  if (code === 'ActivityLimitReached' || code === 'ServiceNotAvailable') return t.errorThrottled;
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') return t.errorTooBig;
  if (code === 'ItemNotFound') return t.errorSheetMissing;
  return t.errorPlain(e instanceof Error ? e.message : String(e));
}
