import { imul, isArray } from "../core/hotGlobals";

/*
 * A small cache of model fits keyed by the content of the input ranges, so that Excel's recalculation
 * with unchanged inputs (an edit elsewhere in the workbook) does not refit; a fit that is running is shared by the
 * formulas that ask for it meanwhile, and stops between stages when all of them are cancelled. The key is a 64-bit FNV-1a
 * hash (two 32-bit lanes with different offset bases) of every cell's type and value, plus the options.
 * Hand-rolled because it is a dozen lines and hashing Excel's 2D arrays needs no dependency.
 */

const fnvPrime = 0x01000193;
const numberBits = new Float64Array(1);
const numberWords = new Uint32Array(numberBits.buffer);

/** The running state of a content hash: two FNV-1a lanes and the number of values seen. */
class ContentHash {
  private low = 0x811c9dc5;
  private high = 0x050c5d1f;
  private count = 0;

  private word(value: number): void {
    for (let shift = 0; shift < 32; shift += 8) {
      const byte = (value >>> shift) & 0xff;
      this.low = imul(this.low ^ byte, fnvPrime);
      this.high = imul(this.high ^ byte ^ 0x5a, fnvPrime);
    }
  }

  add(value: unknown): void {
    this.count += 1;
    if (isArray(value)) {
      this.word(0xa0 + value.length);
      for (const item of value) this.add(item);
      return;
    }
    if (typeof value === "number") {
      numberBits[0] = value;
      this.word(1);
      this.word(numberWords[0]);
      this.word(numberWords[1]);
    } else if (typeof value === "string") {
      this.word(2 + value.length * 16);
      for (let index = 0; index < value.length; index += 1) this.word(value.charCodeAt(index));
    } else if (typeof value === "boolean") {
      this.word(value ? 3 : 4);
    } else {
      this.word(value === null || value === undefined ? 5 : 6);
    }
  }

  digest(): string {
    return `${(this.high >>> 0).toString(16)}-${(this.low >>> 0).toString(16)}-${this.count}`;
  }
}

/**
 * The content key of a list of arguments (numbers, text, logical values, blanks and nested 2D arrays).
 * @example contentKey(["bgnbd", [[1], [2]], "week"]) === contentKey(["bgnbd", [[1], [2]], "week"]) // true
 */
export function contentKey(parts: readonly unknown[]): string {
  const hash = new ContentHash();
  hash.add(parts);
  return hash.digest();
}

/** How many fits the cache holds; the oldest-used one is dropped beyond this. */
export const FIT_CACHE_SIZE = 8;

const entries = new Map<string, unknown>();
const statistics = { hits: 0, fits: 0 };

/**
 * The cached result for `key`, or the result of `fit()` stored under it (least recently used dropped
 * beyond FIT_CACHE_SIZE entries). Errors are not cached: a failing fit is retried on the next call.
 * @example cachedFit(contentKey(["bgnbd", customers, dates]), () => fitBgNbd(history))
 */
export function cachedFit<T>(key: string, fit: () => T): T {
  if (entries.has(key)) return cachedValue(key);
  const value = fit();
  store(key, value);
  return value;
}

/** The value cached under `key` (which must be there), now the most recently used; counts a hit. */
function cachedValue<T>(key: string): T {
  const value = entries.get(key) as T;
  entries.delete(key);
  entries.set(key, value);
  statistics.hits += 1;
  return value;
}

/** Stores a finished fit, dropping the least recently used one beyond FIT_CACHE_SIZE; counts a fit. */
function store(key: string, value: unknown): void {
  statistics.fits += 1;
  entries.set(key, value);
  if (entries.size > FIT_CACHE_SIZE) entries.delete(entries.keys().next().value as string);
}

/** Between two stages of a fit: waits one turn of the runtime, then stops the fit if no formula waits for it any more. */
export type Checkpoint = () => Promise<void>;

/** What a fit stopped at a checkpoint throws: every formula that waited for it was cancelled. */
export class FitCancelled extends Error {
  override readonly name = "FitCancelled";

  constructor() {
    super("The fit was stopped: every formula waiting for it was cancelled.");
  }
}

/** A fit in progress: its result, how many formulas wait for it, and whether all of them were cancelled. */
interface RunningFit {
  result: Promise<unknown>;
  waiting: number;
  cancelled: boolean;
}

const running = new Map<string, RunningFit>();

/** One turn of the runtime: Excel's cancellations and the task pane run before the next stage. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The cached result for `key`; else the fit of the same key already running (one fit for every formula that asks
 * while it runs), else `run` started. `run` does its work in stages with a checkpoint before each: a checkpoint gives
 * the runtime a turn, and stops the fit (FitCancelled) once every waiting formula was cancelled; each formula says
 * how it is cancelled through `onCancel`. A stopped or failed fit is not cached.
 * @example await cachedFitInStages(key, async (checkpoint) => { await checkpoint(); return fitBgNbd(history); }, (cancel) => (invocation.onCanceled = cancel))
 */
export function cachedFitInStages<T>(key: string, run: (checkpoint: Checkpoint) => Promise<T>, onCancel?: (cancel: () => void) => void): Promise<T> {
  if (entries.has(key)) return Promise.resolve(cachedValue<T>(key));
  let fit = running.get(key);
  // A fit whose formulas were all cancelled stops at its next checkpoint: a formula asking now starts its own.
  if (fit && !fit.cancelled) {
    statistics.hits += 1;
  } else {
    const started: RunningFit = { result: Promise.resolve(), waiting: 0, cancelled: false };
    const checkpoint: Checkpoint = async () => {
      await nextTurn();
      if (started.cancelled) throw new FitCancelled();
    };
    started.result = run(checkpoint)
      .then((value) => {
        store(key, value);
        return value;
      })
      .finally(() => {
        if (running.get(key) === started) running.delete(key);
      });
    running.set(key, started);
    fit = started;
  }
  const joined = fit;
  joined.waiting += 1;
  let withdrawn = false;
  onCancel?.(() => {
    // Each formula is counted out once, however often its cancellation is reported.
    if (withdrawn) return;
    withdrawn = true;
    joined.waiting -= 1;
    if (joined.waiting === 0) joined.cancelled = true;
  });
  return joined.result as Promise<T>;
}

/**
 * Whether a fit is cached under `key` (without counting a hit or refreshing its place).
 * @example hasCachedFit(contentKey(["BGNBD", customers, dates])) // false before the first fit
 */
export function hasCachedFit(key: string): boolean {
  return entries.has(key);
}

/**
 * How often the cache answered (hits) and how often it fitted (fits) since the last clearFitCache; for tests.
 * @example fitCacheStatistics() // { hits: 1, fits: 1 }
 */
export function fitCacheStatistics(): { hits: number; fits: number } {
  return { ...statistics };
}

/** Empties the cache and resets its statistics (tests). */
export function clearFitCache(): void {
  running.clear();
  entries.clear();
  statistics.hits = 0;
  statistics.fits = 0;
}
