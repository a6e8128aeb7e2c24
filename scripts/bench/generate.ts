/**
 * Deterministic synthetic maps for benchmarks: positions, claims in support
 * and attack trees, evidence quoting a generated source, and reconstructed
 * arguments, in roughly the proportions of a hand-made map.
 */

const SYLLABLES = 'ka ri to ne su mo la vi de po an ex ur ol im be ta go ni fe'.split(' ');

/** As in English text, the most frequent words are function words, which search drops as stop words. */
const FUNCTION_WORDS =
	'the of and to a in is that for it as with was on be by this are or from at but not have an which'.split(
		' '
	);

/** About 4,000 words: real texts have large vocabularies, which is what search cost depends on. */
const VOCABULARY = [
	...FUNCTION_WORDS,
	...Array.from({ length: 4000 }, (_, i) => {
		let word = '';
		for (let n = i + 1; n > 0; n = Math.floor(n / SYLLABLES.length))
			word += SYLLABLES[n % SYLLABLES.length];
		return word + 'n';
	})
];

/** A small, seedable PRNG (mulberry32) so that every run measures the same maps. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Word frequencies follow Zipf's law, as in natural text. */
export function word(rand: () => number): string {
	const rank = Math.floor(Math.pow(VOCABULARY.length, rand()));
	return VOCABULARY[Math.min(rank, VOCABULARY.length - 1)] as string;
}

/** A word a reader would search for: drawn with the text's frequencies, less the function words. */
export function contentWord(rand: () => number): string {
	for (;;) {
		const w = word(rand);
		if (!FUNCTION_WORDS.includes(w)) return w;
	}
}

function sentence(rand: () => number, n: number, words = 10): string {
	const picked = Array.from({ length: words }, () => word(rand));
	return `Sentence ${n} says the ${picked.join(' ')}.`;
}

export interface GeneratedMap {
	text: string;
	/** Source texts by file name. */
	sources: Record<string, string>;
	statements: number;
}

/** A map of about `size` statements, and the source text its evidence quotes. */
export function generateMap(size: number, seed = 1, sourcePrefix = ''): GeneratedMap {
	const rand = random(seed);
	// One source of about 200 sentences per 1,000 statements, as a large map cites many documents.
	const sourceCount = Math.max(1, Math.round(size / 1000));
	const texts = Array.from({ length: sourceCount }, (_, s) =>
		Array.from({ length: 200 }, (_, i) => sentence(rand, s * 1000 + i))
	);
	const lines = ['===', `title: Generated map of ${size} statements`, 'sources:'];
	texts.forEach((_, s) =>
		lines.push(
			`  - {id: src${s}, title: Generated source ${s}, file: ${sourcePrefix}source${s}.txt}`
		)
	);
	lines.push('===');
	const positions = Math.max(2, Math.round(size / 500));
	let made = 0;
	for (let p = 0; p < positions && made < size; p++) {
		lines.push('', `[Position ${p}]: ${sentence(rand, p, 6)} #position`);
		made++;
		if (p > 0) lines.push(`  - [Position ${p - 1}]`);
	}
	// Each block hangs a small tree of claims and evidence under a random earlier claim or position.
	let claim = 0;
	while (made < size) {
		const parent =
			claim > 0 && rand() < 0.7
				? `Claim ${Math.floor(rand() * claim)}`
				: `Position ${Math.floor(rand() * positions)}`;
		lines.push('', `[${parent}]`);
		for (let k = 0; k < 4 && made < size; k++) {
			const rel = rand() < 0.65 ? '+' : '-';
			lines.push(`  ${rel} [Claim ${claim}]: ${sentence(rand, claim, 8)}`);
			made++;
			if (rand() < 0.4 && made < size) {
				const s = Math.floor(rand() * sourceCount);
				const quoted = texts[s]?.[Math.floor(rand() * 200)] as string;
				lines.push(`    + [Evidence ${claim}]: Quoted. {source: src${s}, quote: "${quoted}"}`);
				made++;
			}
			claim++;
		}
		if (rand() < 0.1 && made + 3 < size) {
			const conclusion = `Claim ${Math.floor(rand() * claim)}`;
			lines.push(
				'',
				`<Argument ${claim}>: ${sentence(rand, claim, 6)}`,
				'',
				`(1) [Premise ${claim}a]: ${sentence(rand, claim, 6)}`
			);
			lines.push(
				`(2) [Premise ${claim}b]: ${sentence(rand, claim + 1, 6)}`,
				'----',
				`(3) [${conclusion}]`
			);
			made += 3;
		}
	}
	const sources = Object.fromEntries(
		texts.map((t, s) => [`${sourcePrefix}source${s}.txt`, t.join(' ')])
	);
	return { text: lines.join('\n') + '\n', sources, statements: made };
}

/**
 * Seeded attacks between the named statements, to give a map conflicts: one per 20 statements
 * between random ones, and per 100 statements a mutual attack (an even cycle) and a
 * three-cycle (odd), so that grounded leaves nodes undecided and preferred has to search.
 * Self-attacks are left out.
 */
export function conflicts(names: readonly string[], size: number, seed = 7): [string, string][] {
	const rand = random(seed);
	const pick = () => names[Math.floor(rand() * names.length)]!;
	const out: [string, string][] = [];
	const attack = (from: string, to: string) => {
		if (from !== to) out.push([from, to]);
	};
	for (let i = 0; i < size / 20; i++) attack(pick(), pick());
	for (let i = 0; i < size / 100; i++) {
		const [a, b, c, d, e] = [pick(), pick(), pick(), pick(), pick()];
		attack(a, b);
		attack(b, a);
		attack(c, d);
		attack(d, e);
		attack(e, c);
	}
	return out;
}
