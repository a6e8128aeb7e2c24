import { buildSearchIndex, search as searchMap } from '../../lib/core';
import { UsageError, type Runner } from '../context';
import { loadMap } from '../load';
import { parseOptions, positiveInteger } from '../options';

export const search: Runner = {
	run(args, ctx) {
		const { values, positionals } = parseOptions(args, {
			json: { type: 'boolean' },
			limit: { type: 'string' }
		});
		const [ref, ...words] = positionals;
		const query = words.join(' ').trim();
		if (!query) throw new UsageError('QUERY is required.');
		const limit = positiveInteger(values.limit, '--limit', 10);
		const loaded = loadMap(ref, ctx);
		if (!loaded) return 1;
		const hits = searchMap(buildSearchIndex(loaded.map), query, { limit, prefix: false });
		if (values.json) {
			ctx.out(
				JSON.stringify(
					hits.map(({ id, kind, title, text, score, positions }) => ({
						id,
						kind,
						title,
						text,
						score,
						positions
					})),
					null,
					2
				)
			);
			return 0;
		}
		if (hits.length === 0) ctx.err(`No match for "${query}".`);
		for (const h of hits) {
			const on = h.positions.map((p) => `${p.stance} ${p.position}`).join(', ') || 'no position';
			ctx.out(`${h.score.toFixed(2)}\t${h.kind}\t${h.id}\t${h.title}\t(${on})`);
		}
		return 0;
	}
};
