/**
 * URL-safe ids from titles. Keeps letters and digits of every script (so
 * Japanese titles stay readable in permalinks) and joins the rest with '-'.
 */
export function slugify(title: string): string {
	// Plain ASCII titles (most of them) skip Unicode normalisation, which dominates on large maps.
	const slug = /^[\x20-\x7e]*$/.test(title)
		? title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
		: title
				.normalize('NFKC')
				.toLowerCase()
				.replace(/[^\p{L}\p{N}]+/gu, '-');
	return slug.replace(/^-+|-+$/g, '') || 'node';
}

/** Hands out slugs that are unique within one map, in the order asked. */
export function createIdAllocator(): (title: string) => string {
	const taken = new Set<string>();
	return (title) => {
		const base = slugify(title);
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return id;
	};
}
