/** The shared corpus, read in place beside the clone (or where RONTEN_CORPUS points), and its EXPECTED.tsv tables. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const corpusDir = (part: string) =>
	join(resolve(process.env.RONTEN_CORPUS ?? join(process.cwd(), '..', 'shared', 'corpus')), part);

/** EXPECTED.tsv as file name → column → cell; lines starting with # are comments. */
export function expectedRows(dir: string): Map<string, Record<string, string>> {
	const lines = readFileSync(join(dir, 'EXPECTED.tsv'), 'utf8')
		.split('\n')
		.filter((l) => l && !l.startsWith('#'));
	const header = (lines.shift() ?? '').split('\t');
	return new Map(
		lines.map((l) => {
			const cells = l.split('\t');
			return [cells[0] as string, Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))];
		})
	);
}
