// What the release build ships. Leptos pulls in wasm-streams, whose JavaScript classes are wasm exports that no
// optimiser may remove; the app patches in a stand-in without them (src/stand_ins/wasm-streams). This test fails if
// the patch stops applying, for example after a Leptos update.
import { test, expect } from "./fixtures.js";

test("the program exports only what the app's own glue needs, not wasm-streams' classes", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const wasmPath = html.match(/href="?(\/[^"\s>]+_bg\.wasm)/)[1];
  const program = new WebAssembly.Module(await (await request.get(wasmPath)).body());
  const exported = WebAssembly.Module.exports(program).map((entry) => entry.name);
  expect(exported).toContain("main");
  expect(exported.filter((name) => /intounderlying/i.test(name))).toEqual([]);
  const glue = await (await request.get(wasmPath.replace(/_bg\.wasm$/, ".js"))).text();
  expect(glue).not.toMatch(/IntoUnderlying/);
});
