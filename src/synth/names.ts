/**
 * Person names for synthetic guests. Each name carries the ASCII form used in e-mail addresses, the way real
 * mailbox names are formed (Zoë → zoe, Łukasz → lukasz, 山田 太郎 → taro.yamada).
 *
 * Every (culture, given, family) combination maps to exactly one index, and the ASCII forms are all distinct,
 * so the generator can hand out unique mailbox names without remembering which ones it already used.
 */

export interface Name {
  display: string;
  ascii: string;
}

interface Culture {
  given: readonly Name[];
  family: readonly Name[];
  /** Family name first, no comma (Japanese, Chinese, Korean). */
  familyFirst: boolean;
}

const n = (display: string, ascii = display.toLowerCase()): Name => ({ display, ascii });

const WESTERN: Culture = {
  familyFirst: false,
  given: [
    'Anna',
    'Ben',
    'Chloe',
    'David',
    'Emma',
    'Felix',
    'Grace',
    'Henrik',
    'Isabel',
    'Jonas',
    'Katrin',
    'Liam',
    'Maria',
    'Noah',
    'Olivia',
    'Paul',
    'Rachel',
    'Samuel',
    'Sofia',
    'Tobias',
    'Ursula',
    'Victor',
    'Wendy',
    'Yusuf',
    'Aisha',
    'Carlos',
    'Daniela',
    'Ethan',
    'Fatima',
    'Giulia',
    'Hannah',
    'Ivan',
    'Julia',
    'Kevin',
    'Laura',
    'Marco',
    'Nina',
    'Oscar',
    'Priya',
    'Rafael',
    'Sarah',
    'Thomas',
    'Valentina',
    'Erik',
    'Amelie',
    'Lars',
    'Mia',
    'Pierre',
    'Claire',
    'Mateo',
    'Alice',
    'Bruno',
    'Elena',
    'George',
    'Helena',
    'Jack',
    'Leon',
    'Martha',
    'Nora',
    'Omar',
  ]
    .map((s) => n(s))
    .concat([n('Zoë', 'zoe'), n('Łukasz', 'lukasz'), n('Søren', 'soren')]),
  family: [
    'Berg',
    'Carter',
    'Dubois',
    'Eriksen',
    'Fischer',
    'Garcia',
    'Hansen',
    'Ivanova',
    'Jensen',
    'Keller',
    'Larsen',
    'Martin',
    'Nielsen',
    'Okafor',
    'Patel',
    'Quinn',
    'Rossi',
    'Schmidt',
    'Taylor',
    'Ueda',
    'Vogel',
    'Weber',
    'Young',
    'Zimmermann',
    'Andersson',
    'Bianchi',
    'Costa',
    'Duarte',
    'Evans',
    'Ferreira',
    'Gonzalez',
    'Hughes',
    'Iqbal',
    'Johansson',
    'Kowalski',
    'Lopez',
    'Moreau',
    'Novak',
    'Olsen',
    'Petrov',
    'Reyes',
    'Santos',
    'Thompson',
    'Verhoeven',
    'Walsh',
    'Baker',
    'Murphy',
    'Lindqvist',
    'Horvath',
    'Fontaine',
    'Bauer',
    'Clarke',
    'Dahl',
    'Ellis',
    'Fraser',
    'Greco',
    'Hart',
    'Kaur',
    'Lund',
    'Meyer',
  ]
    .map((s) => n(s))
    .concat([n("O'Brien", 'obrien'), n('Müller', 'mueller'), n('Wiśniewska', 'wisniewska')]),
};

const JAPANESE: Culture = {
  familyFirst: true,
  given: [n('太郎', 'taro'), n('花子', 'hanako'), n('健', 'ken'), n('由美', 'yumi'), n('翔', 'sho')],
  family: [n('山田', 'yamada'), n('佐藤', 'sato'), n('鈴木', 'suzuki'), n('高橋', 'takahashi')],
};

const CHINESE: Culture = {
  familyFirst: true,
  given: [n('伟', 'wei'), n('芳', 'fang'), n('静', 'jing'), n('磊', 'lei')],
  family: [n('王', 'wang'), n('李', 'li'), n('张', 'zhang'), n('陈', 'chen')],
};

const CULTURES: readonly Culture[] = [WESTERN, JAPANESE, CHINESE];

/** Number of distinct (culture, given, family) combinations. */
export const NAME_COMBINATIONS = CULTURES.reduce((sum, c) => sum + c.given.length * c.family.length, 0);

export interface PersonName {
  given: Name;
  family: Name;
  /** "Anna Berg", or "山田 太郎" for family-first cultures. */
  full: string;
  familyFirst: boolean;
}

/** The name at a combination index in [0, NAME_COMBINATIONS). */
export function nameAt(index: number): PersonName {
  let i = index;
  for (const c of CULTURES) {
    const size = c.given.length * c.family.length;
    if (i < size) {
      const given = c.given[i % c.given.length] as Name;
      const family = c.family[Math.floor(i / c.given.length)] as Name;
      return {
        given,
        family,
        full: c.familyFirst ? `${family.display} ${given.display}` : `${given.display} ${family.display}`,
        familyFirst: c.familyFirst,
      };
    }
    i -= size;
  }
  throw new RangeError(`name index ${index} out of range`);
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * A fixed permutation of [0, NAME_COMBINATIONS): consecutive guests get unrelated names, yet guest i's name is a
 * pure function of i. Multiplier chosen coprime with the modulus so the map is a bijection.
 */
const MULTIPLIER = (() => {
  let m = 7919;
  while (gcd(m, NAME_COMBINATIONS) !== 1) m += 2;
  return m;
})();

function combinationIndex(givenDisplay: string, familyDisplay: string): number {
  let base = 0;
  for (const c of CULTURES) {
    const g = c.given.findIndex((x) => x.display === givenDisplay);
    const f = c.family.findIndex((x) => x.display === familyDisplay);
    if (g >= 0 && f >= 0) return base + f * c.given.length + g;
    base += c.given.length * c.family.length;
  }
  throw new Error(`no name combination ${givenDisplay} ${familyDisplay}`);
}

function modInverse(a: number, m: number): number {
  let [oldR, r, oldS, s] = [a % m, m, 1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}
const INVERSE = modInverse(MULTIPLIER, NAME_COMBINATIONS);

/** Guests whose names are fixed so every fixture shows the awkward cases (CJK, apostrophe), whatever the seed. */
const FEATURED: ReadonlyArray<readonly [number, string, string]> = [
  [3, '太郎', '山田'],
  [4, 'Liam', "O'Brien"],
];

/**
 * Permutation of [0, NAME_COMBINATIONS) for a given offset: the affine bijection r ↦ r·M + offset, composed with
 * transpositions that send the featured guest positions to their fixed names (a composition of bijections stays
 * one, so names remain unique per cycle).
 */
function namePermutation(offset: number): (r: number) => number {
  const base = (r: number) => (((r * MULTIPLIER) % NAME_COMBINATIONS) + offset) % NAME_COMBINATIONS;
  const baseInverse = (idx: number) =>
    (((((idx - offset) % NAME_COMBINATIONS) + NAME_COMBINATIONS) % NAME_COMBINATIONS) * INVERSE) % NAME_COMBINATIONS;
  const swaps: Array<[number, number]> = [];
  const sigma = (r: number) => {
    let x = r;
    for (const [a, b] of swaps) x = x === a ? b : x === b ? a : x;
    return x;
  };
  for (const [position, given, family] of FEATURED) {
    if (position >= NAME_COMBINATIONS) continue;
    swaps.push([sigma(position), baseInverse(combinationIndex(given, family))]);
  }
  return (r) => base(sigma(r));
}

const permutations = new Map<number, (r: number) => number>();

export function permutedNameIndex(i: number, offset: number): { index: number; cycle: number } {
  let perm = permutations.get(offset);
  if (!perm) {
    perm = namePermutation(offset);
    permutations.set(offset, perm);
  }
  return { index: perm(i % NAME_COMBINATIONS), cycle: Math.floor(i / NAME_COMBINATIONS) };
}

/** Self-check used by the tests: ASCII forms must be unique across every given and family name. */
export function asciiNamesAreDistinct(): boolean {
  const seen = new Set<string>();
  for (const c of CULTURES)
    for (const name of [...c.given, ...c.family]) {
      if (seen.has(name.ascii) || !/^[a-z]+$/.test(name.ascii)) return false;
      seen.add(name.ascii);
    }
  return true;
}
