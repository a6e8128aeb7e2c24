/**
 * What a parsed JSON document is, at a glance: several formats come as JSON,
 * and a file given to the wrong importer should be named in one line rather
 * than get a complaint about every item.
 */

export const isJsonObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Ronten's own map JSON (`ronten export --format json`): a `formatVersion`
 * beside a list of nodes that have an `id` and a `kind`, where AIF nodes have
 * a `nodeID` and a `type`.
 */
export function looksLikeRontenMap(value: unknown): boolean {
	if (!isJsonObject(value) || !('formatVersion' in value) || !Array.isArray(value.nodes))
		return false;
	const first: unknown = value.nodes[0];
	return first === undefined || (isJsonObject(first) && !('nodeID' in first));
}
