import { describe, expect, it } from 'vitest';
import { anchorAll, anchorAtOnce, type AnchorTargets } from './anchor';
import type { Annotation, HighlightVersion } from './model';
import { passageAt } from './passage';
import { Reanchoring } from './reanchor';

const OLD =
	'Fewer cars mean cleaner air for the people who live there. Cleaner air is good. ' +
	'Shops in car-free streets sell more, as studies of several towns have shown.';
const NOW = 'A new first sentence. ' + OLD.replace('several towns', 'several cities');
const targets: AnchorTargets = {
	nodes: new Set(['here']),
	sources: new Map([['speech', NOW]])
};

const base = { map: 'm', created: '', modified: '', note: '', tags: [] };
function highlight(id: string, exact: string, text = OLD): Annotation {
	const start = text.indexOf(exact);
	const anchor = passageAt(text, start, start + exact.length)!;
	return { ...base, kind: 'highlight', id, source: 'speech', anchor };
}

/** Newest first, as the viewer lists them: cheap and searched answers mixed. */
const LIST: Annotation[] = [
	highlight('moved', 'sell more'),
	{ ...base, kind: 'node', id: 'gone', node: 'gone' },
	highlight('exact', 'A new first', NOW),
	highlight('fuzzy', 'as studies of several towns have shown'),
	{ ...base, kind: 'node', id: 'here', node: 'here' },
	highlight('lost', 'Submarines sailed', 'Submarines sailed up the Thames in spring.'),
	{ ...highlight('no-source', 'sell more'), source: 'lost' } as Annotation
];

describe('anchoring at once', () => {
	it('answers without a search only for node notes, lost sources and unmoved passages', () => {
		const answers = LIST.map((a) => anchorAtOnce(a, targets)?.status ?? null);
		expect(answers).toEqual([null, 'orphaned', 'exact', null, 'exact', null, 'orphaned']);
	});
});

describe('anchoring a little at a time', () => {
	it('ends with the same answers as anchoring all at once', () => {
		const r = new Reanchoring(targets);
		r.update(LIST);
		expect(r.pending).toBe(LIST.length);
		expect(r.anchors().size).toBe(0);
		expect(r.work(() => 10_000)).toBe(true);
		expect(r.pending).toBe(0);
		expect(r.anchors()).toEqual(anchorAll(LIST, targets));
		expect([...r.anchors().values()].map((a) => a.status)).toEqual([
			'moved',
			'orphaned',
			'exact',
			'fuzzy',
			'exact',
			'orphaned',
			'orphaned'
		]);
	});

	it('anchors one at least per slice, the cheap ones first, and never calls one orphaned early', () => {
		const r = new Reanchoring(targets);
		r.update(LIST);
		const final = anchorAll(LIST, targets);
		const seen: string[][] = [];
		for (let slice = 0; slice < 20 && r.pending; slice++) {
			r.work(() => 0);
			const now = r.anchors();
			// Every answer given so far is the final one: nothing is orphaned before its search.
			for (const [id, a] of now) expect(a).toEqual(final.get(id));
			seen.push([...now.keys()]);
		}
		expect(r.pending).toBe(0);
		// The cheap answers all come in the first slice (fewer than a stride of them), then one
		// search per slice, the newest first.
		expect(seen[0]!.sort()).toEqual(['exact', 'gone', 'here', 'no-source']);
		const searched = seen.slice(1).map((ids, i) => ids.filter((id) => !seen[i]!.includes(id)));
		expect(searched).toEqual([['moved'], ['fuzzy'], ['lost']]);
	});

	it('keeps the answers of records that stay, and anchors a replaced record again', () => {
		const r = new Reanchoring(targets);
		r.update(LIST);
		r.work(() => 10_000);
		const moved = LIST[0] as Annotation & HighlightVersion;
		const edited: Annotation = { ...moved, anchor: passageAt(NOW, 0, 5)! };
		r.update([edited, ...LIST.slice(1)]);
		expect(r.pending).toBe(1);
		expect(r.anchors().has('moved')).toBe(false);
		r.work(() => 10_000);
		expect(r.anchors().get('moved')).toEqual({ status: 'exact', start: 0, end: 5 });
		// An annotation gone from the list is gone from the answers.
		r.update(LIST.slice(2));
		expect(r.pending).toBe(0);
		expect([...r.anchors().keys()]).toEqual(LIST.slice(2).map((a) => a.id));
	});
});
