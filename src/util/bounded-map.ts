/**
 * A Map that stops taking new keys at `max` entries (keys it has can still change value). Evaluation remembers
 * answers per text or per day — a guest's domain, the invitation list's verdict on a domain, a day's readable text —
 * because a million guests share a few thousand of them; the bound keeps a tenant whose values are all different
 * from growing a map as large as its guest list: answers then only stop being remembered.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max = 50_000) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size < this.max || this.has(key)) super.set(key, value);
    return this;
  }
}
