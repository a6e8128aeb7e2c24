/** A minimal static file server on loopback, for measuring the built site. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml'
};

export function serve(root: string): Promise<{ server: Server; url: string }> {
	const server = createServer((req, res) => {
		const path = normalize(
			decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
		).replace(/^(\.\.[/\\])+/, '');
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			// As static hosts do: the site's own 404 page, when it has one.
			const missing = join(root, '404.html');
			if (!existsSync(missing)) return void res.writeHead(404).end('not found');
			res.writeHead(404, { 'content-type': TYPES['.html']! });
			createReadStream(missing).pipe(res);
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	return new Promise((done) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			done({ server, url: `http://127.0.0.1:${port}` });
		})
	);
}
