import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** The folders around the core, by any path that reaches them. */
const SHELLS = [
	'**/viewer/*',
	'**/browser/*',
	'**/server/*',
	'**/node/*',
	'**/cli/*',
	'**/routes/*'
];

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// A leading underscore marks a value left out on purpose (e.g. dropped by destructuring).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ varsIgnorePattern: '^_', argsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The core must stay pure: no Node, no DOM frameworks, no Cytoscape, none of the shells.
		files: ['src/lib/core/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['node:*', 'fs', 'path', 'os', 'child_process'],
							message: 'The core is pure: no Node APIs.'
						},
						{
							group: ['svelte', 'svelte/*', '$app/*', 'cytoscape*'],
							message: 'The core knows no UI.'
						},
						{ group: ['$lib/*'], message: 'Within the core, import by relative path.' },
						{ group: SHELLS, message: 'The core knows none of the shells around it.' }
					]
				}
			]
		}
	},
	{
		// What runs in Node (the CLI, the site build, scripts) never loads the viewer or the
		// browser-only folder (IndexedDB and the like).
		files: [
			'src/cli/**/*.ts',
			'src/lib/node/**/*.ts',
			'src/lib/server/**/*.ts',
			'src/hooks.server.ts',
			'src/routes/**/+server.ts',
			'src/routes/**/+page.server.ts',
			'scripts/**/*.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/viewer', '$lib/viewer/*', '**/lib/viewer/*', '../viewer/*'],
							message: 'Node code does not load the viewer: what both need belongs in the core.'
						},
						{
							group: ['$lib/browser', '$lib/browser/*', '**/lib/browser/*', '../browser/*'],
							message: 'The browser-only folder never runs in Node.'
						}
					]
				}
			]
		}
	},
	{
		// The viewer runs in the browser: no Node APIs, and no server or CLI code.
		files: [
			'src/lib/viewer/**/*.ts',
			'src/lib/viewer/**/*.svelte',
			'src/lib/browser/**/*.ts',
			'src/one-file/**/*.ts',
			'src/one-file/**/*.svelte'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'Browser code.' },
						{
							group: ['$lib/server', '$lib/server/*', '$lib/node', '$lib/node/*', '**/cli/*'],
							message: 'The viewer loads no server, Node or CLI code.'
						}
					]
				}
			]
		}
	},
	{
		ignores: [
			'build/',
			'dist/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'scratch/'
		]
	}
);
