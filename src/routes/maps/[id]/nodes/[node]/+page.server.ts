import { error } from '@sveltejs/kit';
import { nodePage, nodePageEntries } from '$lib/server/publish';

export const entries = nodePageEntries;

// A page to read and share, complete without JavaScript: it loads no script (its one
// interactive step, opening the viewer on the node, is a link).
export const csr = false;

export const load = ({ params }) => {
	const page = nodePage(params.id, params.node);
	if (!page) error(404, `No page for node "${params.node}" of map "${params.id}"`);
	return { page };
};
