// The widget's own styles, scoped by its shadow root: it looks the same on a page without any
// CSS and is not disturbed by the host's. `all: initial` stops inherited host styles; custom
// properties still pass through, so a site may set --pisa-consent-accent and friends.
// Adopted as a constructed style sheet, which a strict host CSP (no 'unsafe-inline') allows.

export const STYLES = `
:host{all:initial;display:block;font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:var(--pisa-consent-text,#1f2328);
--a:var(--pisa-consent-accent,#0b57d0);--b:var(--pisa-consent-background,#fff);--m:var(--pisa-consent-muted,#57606a);--l:var(--pisa-consent-border,#8c959f)}
:host([hidden]),[hidden]{display:none!important}
*{box-sizing:border-box}
.root{background:var(--b);border:1px solid var(--l);border-radius:8px;padding:16px;max-width:44rem}
.head{display:flex;gap:12px;align-items:flex-start;justify-content:space-between}
h2{font-size:1.2em;margin:0 0 8px;line-height:1.3}
h3{font-size:1em;margin:16px 0 4px}
h4{font-size:.95em;margin:12px 0 4px}
p{margin:4px 0}
ul{list-style:none;margin:0;padding:0}
li.p{border-top:1px solid var(--l);padding:10px 0}
.t{font-weight:600}
.f{color:var(--m);font-size:.9em}
.f p{margin:2px 0}
.row{display:flex;gap:10px;align-items:flex-start}
.row label{font-weight:600;cursor:pointer}
input{accent-color:var(--a);width:1.15em;height:1.15em;margin:.2em 0 0;flex:none;cursor:pointer}
fieldset,.sep{border:1px solid var(--l);border-radius:6px;margin:8px 0 0;padding:8px 10px}
legend{font-weight:600;padding:0 4px}
.sub{display:block;font-weight:400;color:var(--m);font-size:.85em}
.opts{display:flex;flex-wrap:wrap;gap:6px 20px;margin-top:4px}
.opts label{display:flex;gap:6px;align-items:flex-start;cursor:pointer}
.need{display:inline-block;margin-top:4px;font-size:.85em;color:var(--m)}
.acts{display:flex;flex-wrap:wrap;gap:8px;margin-top:16px}
button,a.btn{font:inherit;font-weight:600;border:2px solid var(--a);border-radius:6px;padding:6px 14px;background:var(--b);color:var(--a);cursor:pointer;text-decoration:none;transition:background-color .15s,color .15s}
button:hover,a.btn:hover{background:var(--a);color:var(--b)}
button.primary{background:var(--a);color:var(--b)}
button.link{border:none;background:none;padding:2px 0;font-weight:400;text-decoration:underline}
button.link:hover{background:none;color:var(--a)}
.lang{padding:2px 10px;font-weight:400;flex:none}
.busy .acts button{opacity:.6;cursor:progress}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
:focus:not(:focus-visible){outline:none}
.msg:empty,.status:empty,.child:empty{display:none}
.child{margin:8px 0;padding:8px 10px;border-left:4px solid #9a6700;background:#fff8c5;color:#4d2d00}
.acts [aria-disabled=true]{opacity:.6;cursor:not-allowed}
.msg{margin-top:12px;padding:8px 10px;border-left:4px solid #b3261e;background:#fdf3f2;color:#8c1d18}
.status{margin-top:12px;color:#116329;font-weight:600}
.res{margin-top:12px;padding:10px;border:1px solid #1a7f37;border-radius:6px}
.res h3{margin-top:0}
.res li{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:baseline;padding:4px 0}
.res code{font-size:.85em;color:var(--m);word-break:break-all}
details{margin-top:12px}
summary{cursor:pointer;font-weight:600;color:var(--a)}
.pw{margin-top:12px;font-size:.8em;color:var(--m)}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important;scroll-behavior:auto!important}}
@media (forced-colors:active){.msg,.res,.root,.child{border:1px solid CanvasText}}
`;
