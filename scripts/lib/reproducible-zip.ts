/**
 * The zip library under ExcelJS stamps every entry with the current time, so identical content gives different
 * bytes at every run. Generators whose output is committed pass their buffers through `fixZipDates`.
 */

/** A zip's DOS time (2-second steps) and date; UTC fields, so the bytes do not depend on the machine's zone. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = date.getUTCFullYear();
  // DOS dates count 7 bits of years from 1980.
  if (year < 1980 || year > 2107) throw new RangeError(`fixZipDates: ${year} cannot be written as a DOS date`);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * Sets the modification date and time of every entry (central directory and local headers) to `date`, in place,
 * and returns the same buffer. A buffer without an end-of-central-directory record is returned unchanged.
 */
export function fixZipDates(zip: Buffer, date: Date): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return zip;
  const dos = dosDateTime(date);
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    zip.writeUInt16LE(dos.time, at + 12);
    zip.writeUInt16LE(dos.date, at + 14);
    const local = zip.readUInt32LE(at + 42);
    zip.writeUInt16LE(dos.time, local + 10);
    zip.writeUInt16LE(dos.date, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
