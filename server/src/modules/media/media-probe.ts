/**
 * Recognises uploaded files by their bytes, not their names, and reads a video's duration from
 * its container (no ffprobe at run time). Every function answers null on anything it does not
 * understand; none throws on malformed input, and every loop is bounded.
 */

export type VideoContainer = 'video/mp4' | 'video/webm';
export type Reader = (offset: number, length: number) => Promise<Uint8Array>;

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const EBML = 0x1a45dfa3;
const DOC_TYPE = 0x4282;
/** The sniffer only looks at the start of a file; the EBML header with its DocType fits in it. */
const SNIFF_WINDOW = 64;

/** MP4 (ISO-BMFF: an `ftyp` box first) or WebM (EBML with DocType `webm`; other Matroska is refused). */
export function sniffVideo(head: Uint8Array): VideoContainer | null {
  if (head.length >= 12 && ascii(head, 4, 4) === 'ftyp') return 'video/mp4';
  return ebmlDocType(head.subarray(0, SNIFF_WINDOW)) === 'webm' ? 'video/webm' : null;
}

/** The DocType inside a leading EBML header element, or null when there is none. */
function ebmlDocType(head: Uint8Array): string | null {
  const id = vint(head, 0, true);
  const size = id && vint(head, id.length, false);
  if (id?.value !== EBML || !size) return null;
  let at = id.length + size.length;
  for (let i = 0; i < 16 && at < head.length; i++) {
    const childId = vint(head, at, true);
    const childSize = childId && vint(head, at + childId.length, false);
    if (!childId || !childSize || childSize.value === null) return null;
    const start = at + childId.length + childSize.length;
    if (childId.value === DOC_TYPE) return start + childSize.value <= head.length ? ascii(head, start, childSize.value) : null;
    at = start + childSize.value;
  }
  return null;
}

/** PNG or JPEG by their signatures (thumbnails). */
export function sniffImage(head: Uint8Array): 'image/png' | 'image/jpeg' | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (head.length >= 8 && png.every((byte, i) => head[i] === byte)) return 'image/png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Upper bound on boxes or elements visited per level, so hostile files cannot keep us busy. */
const MAX_BOXES = 10_000;

/** Big-endian unsigned integers as ISO-BMFF stores them (64-bit values lose precision past 2^53). */
const uint32 = (b: Uint8Array, at: number) => ((b[at] << 24) >>> 0) + (b[at + 1] << 16) + (b[at + 2] << 8) + b[at + 3];
const uint64 = (b: Uint8Array, at: number) => uint32(b, at) * 2 ** 32 + uint32(b, at + 4);

/**
 * Walks the boxes in `[start, end)` and returns the first of `type`: its offset, total size and
 * header length. Size 1 means a 64-bit size follows the type; size 0 means "to the end".
 */
async function findBox(read: Reader, start: number, end: number, type: string): Promise<{ offset: number; size: number; header: number } | null> {
  let offset = start;
  for (let i = 0; i < MAX_BOXES && offset + 8 <= end; i++) {
    const header = await read(offset, 16);
    if (header.length < 8) return null;
    let size = uint32(header, 0);
    let headerSize = 8;
    if (size === 1) {
      if (header.length < 16) return null;
      size = uint64(header, 8);
      headerSize = 16;
    } else if (size === 0) {
      size = end - offset; // box runs to the end of its parent
    }
    if (size < headerSize) return null;
    if (ascii(header, 4, 4) === type) return { offset, size, header: headerSize };
    offset += size;
  }
  return null;
}

/** Duration from `moov/mvhd` (version 0 or 1); `moov` may sit before or after the media data. */
export async function mp4DurationSeconds(read: Reader, size: number): Promise<number | null> {
  try {
    const moov = await findBox(read, 0, size, 'moov');
    if (!moov) return null;
    const mvhd = await findBox(read, moov.offset + moov.header, Math.min(size, moov.offset + moov.size), 'mvhd');
    if (!mvhd) return null;
    // mvhd body: version, flags, creation and modification times, timescale, duration (32 or 64 bits).
    const body = await read(mvhd.offset + mvhd.header, 32);
    const version = body[0];
    if ((version !== 0 && version !== 1) || body.length < (version === 1 ? 32 : 20)) return null;
    const [timescale, duration] = version === 1 ? [uint32(body, 20), uint64(body, 24)] : [uint32(body, 12), uint32(body, 16)];
    if (timescale === 0) return null;
    const seconds = duration / timescale;
    return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
  } catch {
    return null;
  }
}

/** An EBML variable-length integer at `at`: its length and value (value null for "unknown"). */
function vint(bytes: Uint8Array, at: number, keepMarker: boolean): { length: number; value: number | null } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23; // leading zeros within the byte, plus one
  if (length < 1 || length > 8 || at + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i];
    allOnes &&= bytes[at + i] === 0xff;
  }
  return { length, value: !keepMarker && allOnes ? null : value };
}

const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;
const CLUSTER = 0x1f43b675;

/**
 * Duration from Segment/Info/Duration (a float in TimecodeScale units, default 1 ms). Walks the
 * top-level elements, steps into the Segment (whose size may be "unknown") and skips its other
 * children by their sizes until Info; a Cluster (media data) before Info means there is none.
 */
export async function webmDurationSeconds(read: Reader, size: number): Promise<number | null> {
  try {
    let offset = 0;
    for (let i = 0; i < MAX_BOXES && offset < size; i++) {
      const head = await read(offset, 12);
      const id = vint(head, 0, true);
      const length = id && vint(head, id.length, false);
      if (!id || !length) return null;
      const dataStart = offset + id.length + length.length;
      if (id.value === SEGMENT) {
        offset = dataStart; // step into the segment (its size may be unknown)
        continue;
      }
      if (id.value === CLUSTER) return null; // media data before any Info: give up
      if (length.value === null) return null;
      if (id.value === INFO) return readInfo(await read(dataStart, Math.min(length.value, 4096)));
      offset = dataStart + length.value;
    }
    return null;
  } catch {
    return null;
  }
}

/** Duration in seconds from the bytes of an Info element, or null when it has no usable Duration. */
function readInfo(info: Uint8Array): number | null {
  let scale = 1_000_000;
  let duration: number | null = null;
  let at = 0;
  for (let i = 0; i < 256 && at < info.length; i++) {
    const id = vint(info, at, true);
    const length = id && vint(info, at + id.length, false);
    if (!id || !length || length.value === null) return null;
    const start = at + id.length + length.length;
    const data = info.subarray(start, start + length.value);
    if (data.length < length.value) break;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (id.value === TIMECODE_SCALE) scale = data.reduce((value, byte) => value * 256 + byte, 0);
    if (id.value === DURATION) duration = length.value === 4 ? view.getFloat32(0) : length.value === 8 ? view.getFloat64(0) : null;
    at = start + length.value;
  }
  if (duration === null || scale === 0) return null;
  const seconds = (duration * scale) / 1e9;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}
