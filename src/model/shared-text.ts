import { BoundedMap } from '../util/bounded-map.js';

/**
 * One string per distinct text: findings keep their guest's domain, sign-in day or invitation state until the last
 * report is written, and a million guests have far fewer distinct values than that. Bounded, so that values which
 * are all different only stop being shared.
 */
export class SharedTexts {
  private readonly texts = new BoundedMap<string, string>();

  of(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    this.texts.set(text, text);
    return text;
  }
}
