import type { Snapshot, User } from './snapshot.types.js';

/**
 * The guests of a snapshot — the one way every layer reads them, whether they sit in memory (a small file) or are
 * read again from the file on each pass (a large one, which is never held whole). A loaded snapshot keeps no
 * guests in `data`: they are here, under the name `guests`, and nowhere else.
 */
export interface Guests {
  /** How many guests `read()` yields, known without a pass. */
  readonly count: number;
  /** Every guest, in file order. Each call starts a fresh pass. */
  read(): Iterable<User> | AsyncIterable<User>;
  /**
   * The same pass in batches (a large file's guests a chunk at a time, each guest parsed as its batch reaches it):
   * one asynchronous step per batch rather than per guest. A batch must be read to its end before the next.
   */
  readBatches?(): AsyncIterable<Iterable<User>>;
}

/** Guests already in memory. */
export function guestsInMemory(list: readonly User[]): Guests {
  return { count: list.length, read: () => list };
}

/**
 * Split a whole snapshot object (as parsed, or as built in memory by a test or an embedder) into the snapshot
 * without its guests and its guests.
 */
export function separateGuests(snapshot: Snapshot): { snapshot: Snapshot; guests: Guests } {
  const { guests, ...data } = snapshot.data;
  return { snapshot: { ...snapshot, data }, guests: guestsInMemory(guests ?? []) };
}

/** Let timers and I/O run every this many guests of a long pass. */
export const GUEST_PASS_YIELD_EVERY = 10_000;

/**
 * One pass over the guests, each handed to every observer in turn (the rules' guest passes, the report statistics,
 * the drift tally): a million guests are read once, however many parts of gatehouse need to see them.
 */
export async function passGuests(guests: Guests, observers: ReadonlyArray<(guest: User) => void>): Promise<void> {
  if (!observers.length) return;
  let n = 0;
  for await (const batch of guestBatches(guests))
    for (const guest of batch) {
      for (const observe of observers) observe(guest);
      if (++n % GUEST_PASS_YIELD_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
}

/**
 * A pass over the guests as batches, whatever the source: a large file's chunks (`readBatches`), guests in memory as
 * one batch, or any other source's guests one at a time. Each batch must be read to its end before the next.
 */
export function guestBatches(guests: Guests): AsyncIterable<Iterable<User>> {
  return guests.readBatches?.() ?? oneByOne(guests.read());
}

async function* oneByOne(guests: Iterable<User> | AsyncIterable<User>): AsyncIterable<Iterable<User>> {
  if (Symbol.iterator in guests) yield guests;
  else for await (const guest of guests) yield [guest];
}
