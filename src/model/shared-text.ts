/**
 * One string per distinct text: findings keep their guest's domain, sign-in day or invitation state until the last
 * report is written, and a million guests have far fewer distinct values than that. Bounded, so that values which
 * are all different only stop being shared.
 */
export class SharedTexts {
  private readonly texts = new Map<string, string>();

  constructor(private readonly max = 50_000) {}

  of(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    if (this.texts.size < this.max) this.texts.set(text, text);
    return text;
  }
}
