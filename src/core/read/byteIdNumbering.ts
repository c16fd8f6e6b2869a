import { imul } from "../hotGlobals";
import { mixed } from "./customerNumbering";

/** Lines per partition: few enough customers that a partition's table and keys stay in the processor's cache. */
const LINES_PER_PARTITION = 8192;
/** At most 2^9 partitions, so that the partitioning pass writes few enough streams at once. */
const MAXIMUM_PARTITION_BITS = 9;
/** A record per line in partition order: hash, id bytes 0–3, bytes 4–7, byte length. */
const RECORD_WORDS = 4;

/**
 * Customers numbered in first-seen order: `customer[line]` is the line's customer, whose id is the bytes
 * [idStart, idEnd); `lineIdStart[line]` is where the line's own id starts.
 */
export interface ByteIdNumbers {
  customer: Int32Array;
  idStart: Int32Array;
  idEnd: Int32Array;
  lineIdStart: Int32Array;
}

/**
 * Numbers customer ids given as byte ranges of one buffer (a file's bytes), in the order they are first seen, comparing
 * the bytes exactly. Ids are added line by line (`add`: a hash and the range, written in line order) and numbered at the
 * end (`finish`): the lines are put in partitions by hash, each partition's ids are matched in a table small enough for
 * the cache, and first occurrences are numbered in line order.
 * Written by hand because one table of a million ids (64 MB) made every lookup a memory stall: 0.85 s of a 1.0 s read
 * of 2.2 M lines; the cell reader's CustomerNumbering does the same for ids that are strings.
 * @example
 * const bytes = new TextEncoder().encode("b a b");
 * const numbering = new ByteIdNumbering(bytes, 3);
 * numbering.add(0, 1); numbering.add(2, 3); numbering.add(4, 5);
 * numbering.finish() // { customer: Int32Array [0, 1, 0], idStart: Int32Array [0, 2], idEnd: Int32Array [1, 3], lineIdStart: Int32Array [0, 2, 4] }
 */
export class ByteIdNumbering {
  private hashes: Int32Array;
  private starts: Int32Array;
  private lengths: Int32Array;
  private count = 0;
  private readonly partitionBits: number;
  /** Lines per partition, counted by `add` (at index partition + 1). */
  private readonly partitionStarts: Int32Array;

  /** `expectedLines` sizes the buffers and the partitions (more lines may be added). */
  constructor(
    private readonly bytes: Uint8Array,
    expectedLines: number,
  ) {
    const size = Math.max(16, expectedLines);
    this.hashes = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.lengths = new Int32Array(size);
    this.partitionBits = Math.min(MAXIMUM_PARTITION_BITS, Math.max(0, Math.ceil(Math.log2(expectedLines / LINES_PER_PARTITION))));
    this.partitionStarts = new Int32Array((1 << this.partitionBits) + 1);
  }

  /** Adds the next line's id, the bytes [start, end) (not empty). */
  add(start: number, end: number): void {
    const bytes = this.bytes;
    let hash = 0x811c9dc5;
    for (let at = start; at < end; at += 1) hash = imul(hash ^ bytes[at], 0x01000193);
    // Mixed so that the top bits (the partition) and the bottom bits (the slot) depend on the whole id.
    hash = mixed(hash);
    if (this.count === this.hashes.length) this.grow();
    const line = this.count;
    this.hashes[line] = hash;
    this.starts[line] = start;
    this.lengths[line] = end - start;
    this.count += 1;
    this.partitionStarts[this.partition(hash) + 1] += 1;
  }

  /** The lines' customers and each customer's id (where it first appears). */
  finish(): ByteIdNumbers {
    const { count, partitionStarts, starts, lengths } = this;
    const partitions = partitionStarts.length - 1;
    for (let partition = 0; partition < partitions; partition += 1) partitionStarts[partition + 1] += partitionStarts[partition];
    const { order, records } = this.partitioned();
    // Each record's first record with the same id (in the hashes' place: they are in the records now).
    const firstOf = this.hashes;
    let largest = 0;
    for (let partition = 0; partition < partitions; partition += 1) largest = Math.max(largest, partitionStarts[partition + 1] - partitionStarts[partition]);
    let capacity = 16;
    while (capacity < 2 * largest) capacity *= 2;
    const table = new Int32Array(capacity);
    for (let partition = 0; partition < partitions; partition += 1) {
      const from = partitionStarts[partition];
      const to = partitionStarts[partition + 1];
      let size = 16;
      while (size < 2 * (to - from)) size *= 2;
      const mask = size - 1;
      table.fill(0, 0, size);
      for (let record = from; record < to; record += 1) {
        const at = RECORD_WORDS * record;
        const hash = records[at];
        let slot = hash & mask;
        let first = record;
        for (;;) {
          const stored = table[slot];
          if (stored === 0) {
            table[slot] = record + 1;
            break;
          }
          const seen = RECORD_WORDS * (stored - 1);
          if (records[seen] === hash && records[seen + 1] === records[at + 1] && records[seen + 2] === records[at + 2] && records[seen + 3] === records[at + 3] && this.sameTail(order[stored - 1], order[record])) {
            first = stored - 1;
            break;
          }
          slot = (slot + 1) & mask;
        }
        firstOf[record] = first;
      }
    }
    // Number the customers in the order of their first lines: mark each first line with its record (+ 1), then walk the
    // lines and turn each first record's entry into −1 − its number.
    const customer = new Int32Array(count);
    for (let record = 0; record < count; record += 1) if (firstOf[record] === record) customer[order[record]] = record + 1;
    let customers = 0;
    for (let line = 0; line < count; line += 1) if (customer[line] > 0) customers += 1;
    const idStart = new Int32Array(customers);
    const idEnd = new Int32Array(customers);
    for (let line = 0, next = 0; line < count; line += 1) {
      if (customer[line] === 0) continue;
      firstOf[customer[line] - 1] = -1 - next;
      idStart[next] = starts[line];
      idEnd[next] = starts[line] + lengths[line];
      next += 1;
    }
    for (let record = 0; record < count; record += 1) {
      const first = firstOf[record];
      customer[order[record]] = first < 0 ? -1 - first : -1 - firstOf[first];
    }
    return { customer, idStart, idEnd, lineIdStart: starts.subarray(0, count) };
  }

  /** The lines in partition order (each partition's in line order) and their records [hash, bytes 0–3, 4–7, length]. */
  private partitioned(): { order: Int32Array; records: Int32Array } {
    const { bytes, count, hashes, starts, lengths } = this;
    const next = this.partitionStarts.slice(0, -1);
    const order = new Int32Array(count);
    const records = new Int32Array(RECORD_WORDS * count);
    for (let line = 0; line < count; line += 1) {
      const hash = hashes[line];
      const record = next[this.partition(hash)]++;
      order[record] = line;
      const start = starts[line];
      const length = lengths[line];
      let low = 0;
      let high = 0;
      for (let offset = 0; offset < length && offset < 8; offset += 1) {
        if (offset < 4) low |= bytes[start + offset] << (8 * offset);
        else high |= bytes[start + offset] << (8 * (offset - 4));
      }
      const at = RECORD_WORDS * record;
      records[at] = hash;
      records[at + 1] = low;
      records[at + 2] = high;
      records[at + 3] = length;
    }
    return { order, records };
  }

  private partition(hash: number): number {
    return this.partitionBits === 0 ? 0 : hash >>> (32 - this.partitionBits);
  }

  /** Whether the bytes after the 8th of two lines' ids (of equal length) are equal. */
  private sameTail(line: number, other: number): boolean {
    const length = this.lengths[line];
    if (length <= 8) return true;
    const bytes = this.bytes;
    const from = this.starts[line];
    const to = this.starts[other];
    for (let offset = 8; offset < length; offset += 1) if (bytes[from + offset] !== bytes[to + offset]) return false;
    return true;
  }

  private grow(): void {
    const larger = (array: Int32Array): Int32Array => {
      const grown = new Int32Array(array.length * 2);
      grown.set(array);
      return grown;
    };
    this.hashes = larger(this.hashes);
    this.starts = larger(this.starts);
    this.lengths = larger(this.lengths);
  }
}
