/** The panel's own styles, inside its shadow root: light and dark from the reader's colour scheme. */
export const PANEL_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel, .launcher, .tooltip {
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --border: #d0d7de; --focus: #1f5fbf; --hover: #f3f6fa;
  --chip-bg: #eef1f4; --chip-fg: #3b434b; --warn-bg: #fff4d6; --warn-fg: #6b4a00;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  .panel, .launcher, .tooltip {
    --bg: #16191d; --fg: #e6e9ed; --muted: #a2abb5; --border: #39414a; --focus: #7fb0ff; --hover: #20252b;
    --chip-bg: #262b31; --chip-fg: #d2d8de; --warn-bg: #4a3a10; --warn-fg: #ffe7a8;
  }
}
[hidden] { display: none !important; }
.panel {
  position: fixed; right: 16px; bottom: 16px; width: min(380px, calc(100vw - 32px)); max-height: min(70vh, 640px);
  display: flex; flex-direction: column; background: var(--bg); border: 1px solid var(--border); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22);
}
.header { display: flex; align-items: center; gap: 8px; padding: 10px 12px; border-bottom: 1px solid var(--border); }
.title { font-size: 14px; margin: 0; font-weight: 650; }
.count { color: var(--muted); flex: 1; }
.icon-button, .launcher {
  font: inherit; cursor: pointer; border: 1px solid var(--border); background: var(--bg); color: var(--fg); border-radius: 6px;
}
.icon-button { width: 28px; height: 28px; font-size: 18px; line-height: 1; }
.body { overflow: auto; padding: 6px 0 10px; }
.message, .empty { margin: 10px 12px; color: var(--muted); }
.message.error { color: var(--fg); }
.message.warning { background: var(--warn-bg); color: var(--warn-fg); padding: 8px 10px; border-radius: 6px; }
.group { padding: 4px 0; }
.group-title { display: flex; align-items: center; gap: 8px; font-size: 12px; margin: 8px 12px 4px; \
text-transform: uppercase; letter-spacing: 0.03em; }
.group-summary { margin-left: auto; text-transform: none; letter-spacing: 0; font-weight: 500; color: var(--muted); }
.swatch { width: 12px; height: 12px; border-radius: 3px; background: rgba(var(--type-rgb), 0.75); flex: none; }
.items { list-style: none; margin: 0; padding: 0; }
.item {
  display: block; width: 100%; text-align: left; font: inherit; color: inherit; background: transparent; border: 0;
  border-left: 4px solid rgba(var(--type-rgb), 0.8); padding: 6px 12px 6px 10px; cursor: pointer;
}
.item.denied { border-left-style: dotted; }
.item:hover { background: var(--hover); }
.item:focus-visible, .icon-button:focus-visible, .launcher:focus-visible { outline: 2px solid var(--focus); outline-offset: -2px; }
.quote { display: block; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.chip { font-size: 11px; padding: 1px 7px; border-radius: 999px; background: var(--chip-bg); color: var(--chip-fg); }
.chip.affirmed { background: rgba(var(--type-rgb), 0.22); color: var(--fg); font-weight: 600; }
.chip.denied { border: 1px dotted rgba(var(--type-rgb), 0.9); background: transparent; color: var(--fg); }
.explain { display: none; margin-top: 4px; color: var(--muted); font-size: 12px; }
.item:focus-visible .explain, .item:hover .explain { display: block; }
.more { display: block; margin: 4px 12px 6px 14px; font: inherit; font-size: 12px; color: var(--focus); background: none; \
border: 0; padding: 2px 0; cursor: pointer; text-decoration: underline; }
.more:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.review, .note-actions { display: flex; flex-wrap: wrap; gap: 4px; padding: 0 12px 6px 14px; }
.small { font: inherit; font-size: 11px; padding: 2px 8px; border-radius: 5px; border: 1px solid var(--border); \
background: var(--bg); color: var(--fg); cursor: pointer; }
.small.primary { background: var(--focus); border-color: var(--focus); color: var(--bg); }
.small:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.note-text { display: block; margin-top: 3px; }
.note-item:disabled { cursor: default; opacity: 0.8; }
.chip.state.orphaned { background: var(--warn-bg); color: var(--warn-fg); }
.note-form { display: grid; gap: 6px; padding: 10px 12px; border-bottom: 1px solid var(--border); }
.note-form textarea, .note-form input, .note-form select, .note-actions textarea, .review input {
  font: inherit; font-size: 12px; padding: 4px 6px; border: 1px solid var(--border); border-radius: 4px; \
background: var(--bg); color: var(--fg);
}
.form-quote { font-size: 12px; color: var(--muted); }
.annotate {
  position: fixed; font: 600 12px/1 system-ui, sans-serif; padding: 7px 10px; border-radius: 6px; border: 0; cursor: pointer;
  background: #1f5fbf; color: #fff; box-shadow: 0 4px 14px rgba(0, 0, 0, 0.25);
}
.annotate:focus-visible { outline: 2px solid #fff; outline-offset: -4px; }
.launcher {
  position: fixed; right: 16px; bottom: 16px; padding: 8px 12px; font-weight: 650; border-radius: 999px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.2);
}
.tooltip {
  position: fixed; padding: 6px 9px; background: var(--bg); border: 1px solid var(--border); border-radius: 6px;
  box-shadow: 0 4px 14px rgba(0, 0, 0, 0.2); font-size: 12px; pointer-events: none;
}
@media (prefers-reduced-motion: no-preference) { .panel { transition: opacity 0.12s; } }
.panel[data-side="left"], .launcher[data-side="left"] { right: auto; left: 16px; }
.data-words { font-weight: 700; background: rgba(var(--type-rgb, 120, 120, 120), 0.22); border-radius: 2px; }
.legend { border-top: 1px solid var(--border); margin-top: 6px; padding: 6px 12px 2px; }
.legend-title { font-size: 12px; margin: 2px 0 4px; }
.legend-items { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 2px 10px; }
.legend-items li { display: flex; align-items: center; gap: 6px; font-size: 12px; color: var(--muted); }
.legend-swatch { width: 22px; height: 12px; border-radius: 3px; flex: none; }
.legend-swatch.strong { background: rgba(var(--type-rgb), 0.45); }
.legend-swatch.light {
  background: rgba(var(--type-rgb), 0.14); border-bottom: 2px dotted rgb(var(--type-rgb));
}
.legend-swatch.note { background: rgba(31, 95, 191, 0.14); border-bottom: 2px solid rgb(31, 95, 191); }
.field { display: grid; gap: 2px; }
.field-label { font-size: 12px; font-weight: 600; }
.form-buttons { display: flex; gap: 6px; }
.chip.flag { background: rgba(31, 95, 191, 0.16); color: var(--fg); }
`;
