/**
 * The one-file viewer starts here: it reads the map from the page and mounts
 * the viewer. Built by scripts/build-one-file.js into one classic script.
 */
import { mount } from 'svelte';
import '../app.css';
import { APP_ELEMENT_ID } from '$lib/core/formats/html/one-file';
import OneFileViewer from './OneFileViewer.svelte';
import { readData, searchIndexOf } from './read-data';

const target = document.getElementById(APP_ELEMENT_ID) ?? document.body;
const read = readData(document);
if (read.ok) {
	mount(OneFileViewer, {
		target,
		props: { data: read.data, searchIndex: searchIndexOf(document) }
	});
} else {
	const message = document.createElement('p');
	message.setAttribute('role', 'alert');
	message.textContent = read.message;
	target.append(message);
}
