import { hasErrors } from '../../lib/core/diagnostics';
import type { MapNode } from '../../lib/core/model';
import { compileFile, listMapFiles, mapIdOf } from '../../lib/node/maps';
import type { Runner } from '../context';
import { parseOptions } from '../options';

const count = (nodes: MapNode[], kind: MapNode['kind']) =>
	nodes.filter((n) => n.kind === kind).length;

export const list: Runner = {
	run(args, ctx) {
		const { values } = parseOptions(args, { json: { type: 'boolean' } });
		const rows = listMapFiles(ctx.mapsDir).map((file) => {
			const { map, diagnostics } = compileFile(file, ctx.cwd);
			return {
				id: mapIdOf(file),
				title: map.title,
				language: map.language,
				positions: count(map.nodes, 'position'),
				claims: count(map.nodes, 'claim'),
				evidence: count(map.nodes, 'evidence'),
				arguments: count(map.nodes, 'argument'),
				relations: map.edges.length,
				errors: hasErrors(diagnostics)
			};
		});
		if (values.json) {
			ctx.out(JSON.stringify(rows, null, 2));
			return 0;
		}
		if (rows.length === 0) ctx.err(`No maps in ${ctx.mapsDir}.`);
		for (const r of rows) {
			const counts = `${r.positions} positions, ${r.claims} claims, ${r.evidence} evidence, ${r.arguments} arguments, ${r.relations} relations`;
			ctx.out(
				`${r.id}\t${r.title}\t${counts}${r.errors ? '\t(has errors: run ronten validate)' : ''}`
			);
		}
		return 0;
	}
};
