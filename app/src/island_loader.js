// Loads the wasm bundle and wakes the islands up, on pages that have islands.
// leptos' own island script (leptos 0.8.23, src/hydration/island_script.js),
// with one change: a page without a <leptos-island> fetches nothing, so most
// pages cost no script and no wasm on a metered connection.
((js, wasm) => {
	if (!document.querySelector("leptos-island")) return;
	const childrenCallbacks = [];

	function idle(callback) {
		if ("requestIdleCallback" in window) {
			window.requestIdleCallback(callback);
		} else {
			callback();
		}
	}
	async function hydrateIsland(el, id, mod) {
		const islandFn = mod[id];
		if (!islandFn) {
			console.warn(`Could not find WASM function for the island ${id}.`);
			return;
		}
		const childrenCallback = childrenCallbacks[childrenCallbacks.length - 1];
		if (childrenCallback) childrenCallback();
		const result = islandFn(el);
		if (result && result.then) await result;
	}
	async function traverse(node, mod) {
		if (node.nodeType !== Node.ELEMENT_NODE) return;
		const tag = node.tagName.toLowerCase();
		if (tag === "leptos-island") {
			await hydrateIsland(node, node.dataset.component || null, mod);
			for (const child of node.children) await traverse(child, mod);
		} else if (tag === "leptos-children") {
			childrenCallbacks.push(node.$$on_hydrate);
			for (const child of node.children) await traverse(child, mod);
			childrenCallbacks.pop();
		} else {
			for (const child of node.children) await traverse(child, mod);
		}
	}
	idle(() => {
		import(js).then((mod) => {
			mod.default({ module_or_path: wasm }).then(() => {
				mod.hydrate();
				traverse(document.body, mod);
			});
			window.__hydrateIsland = (el, id) => hydrateIsland(el, id, mod);
		});
	});
})
