// Trunk pre-build hook: concatenates style/*.css into one stylesheet, tokens and base first, then the component
// files alphabetically. One request instead of one per component matters on slow phone connections.
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";

const first = ["tokens.css", "base.css"];
const rest = readdirSync("style").filter((f) => f.endsWith(".css") && !first.includes(f)).sort();
const css = [...first, ...rest].map((f) => `/* style/${f} */\n${readFileSync(`style/${f}`, "utf8")}`).join("\n");
mkdirSync("target/hg-style", { recursive: true });
writeFileSync("target/hg-style/style.css", css);
