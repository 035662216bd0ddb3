/**
 * The server's pages: the form (paste, upload or give URLs, choose the profile) and an error page.
 * Static markup; the only dynamic text, an error message, is escaped. Style and script are inline
 * and allowed by their hashes in the Content-Security-Policy header.
 */
import { cspHash, escapeHtml } from '../report/html.js';

const STYLE = `
:root{--bg:#fff;--fg:#1b1b1f;--muted:#5b5f6a;--line:#d6d8de;--panel:#f6f7f9;--focus:#1c64f2;--err:#c92a2a}
@media (prefers-color-scheme:dark){:root{--bg:#16171b;--fg:#e6e7ea;--muted:#a2a6b0;--line:#3a3d45;--panel:#1f2127;--focus:#74a7ff;--err:#ff8787}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:72rem;padding:1em 1.5em;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
h1{font-size:1.4em;margin:.2em 0}p{margin:.4em 0}.muted{color:var(--muted)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1em}
@media (max-width:800px){.sides{grid-template-columns:1fr}}
fieldset{border:1px solid var(--line);border-radius:6px;background:var(--panel);padding:.6em .9em;margin:0}
legend{font-weight:700;padding:0 .3em}
label{display:block;margin:.5em 0 .2em;font-weight:600}
textarea,input[type=url],select{width:100%;font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:.4em}
textarea{min-height:16em;resize:vertical;font-size:.9em}
select{width:auto}
.row{display:flex;gap:1em;align-items:end;flex-wrap:wrap;margin-top:1em}
button{font:inherit;font-weight:600;padding:.5em 1.2em;border-radius:4px;border:1px solid var(--focus);background:var(--focus);color:#fff;cursor:pointer}
.error{color:var(--err);font-weight:600}
#note{min-height:1.5em}
`;

const SCRIPT = `
(function () {
  'use strict';
  var note = document.getElementById('note');
  var form = document.querySelector('form[data-max-file]');
  var MAX = Number(form && form.getAttribute('data-max-file')) || 1048576;
  var LABEL = (form && form.getAttribute('data-max-file-label')) || '1 MB';
  Array.prototype.forEach.call(document.querySelectorAll('input[type=file][data-target]'), function (input) {
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      var target = document.getElementById(input.getAttribute('data-target') || '');
      if (!file || !target) return;
      if (file.size > MAX) { note.textContent = file.name + ' is over the ' + LABEL + ' limit for one text.'; input.value = ''; return; }
      file.text().then(function (text) {
        target.value = text;
        note.textContent = 'Loaded ' + file.name + ' (' + text.length + ' characters).';
      }, function () { note.textContent = file.name + ' could not be read.'; });
    });
  });
})();
`;

/** The Content-Security-Policy of the server's pages. */
export function pagePolicy(): string {
  return `default-src 'none'; script-src ${cspHash(SCRIPT)}; style-src ${cspHash(STYLE)}; img-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;
}

function side(name: 'base' | 'revised', title: string, hint: string): string {
  return (
    `<fieldset><legend>${title}</legend><p class="muted">${hint}</p>` +
    `<label for="${name}">Text</label><textarea id="${name}" name="${name}" spellcheck="false"></textarea>` +
    `<label for="${name}-file">or load a text file</label><input type="file" id="${name}-file" data-target="${name}" accept=".txt,text/plain">` +
    `<label for="${name}Url">or the article's URL</label><input type="url" id="${name}Url" name="${name}Url" placeholder="https://…" inputmode="url">` +
    `</fieldset>`
  );
}

/** The server's limits, shown on the form as they are enforced. */
export interface PageLimits {
  /** largest request body, in bytes */
  maxBodyBytes: number;
  /** largest fetched page, in bytes */
  maxPageBytes: number;
  /** time allowed for a fetch, in ms */
  fetchTimeoutMs: number;
}

/** "2 MB", "1.5 MB", "2.9 KB", "512 bytes" */
export function size(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}

/** GET / : the form. It posts to /report, which answers with the HTML report. */
export function indexPage(limits: PageLimits): string {
  const perFile = Math.floor(limits.maxBodyBytes / 2);
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n` +
    `<title>storydiff</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    `<header><h1>storydiff</h1><p class="muted">Compare two tellings of a news story and see the changes that matter. ` +
    `Give each side as text (paste it or load a file) or as the URL of an article.</p></header>\n` +
    `<main>\n<form method="post" action="/report" accept-charset="utf-8" aria-describedby="note limits" data-max-file="${perFile}" data-max-file-label="${size(perFile)}">\n<div class="sides">` +
    side('base', 'Base', 'The earlier telling, or the source.') +
    side('revised', 'Revised', 'The later telling, or the text derived from it.') +
    `</div>\n<div class="row"><div><label for="profile">Profile</label><select id="profile" name="profile">` +
    `<option value="revision" selected>revision: new reporting is notable</option>` +
    `<option value="faithful">faithful: anything new is material</option></select></div>` +
    `<div><button type="submit">Compare</button></div></div>\n` +
    `<p id="note" role="status" aria-live="polite"></p>\n` +
    `<p class="muted" id="limits">Limits: ${size(limits.maxBodyBytes)} per request, both texts together as the browser sends them ` +
    `(it encodes punctuation and letters outside English in up to three times their size); ${size(perFile)} per loaded file; ` +
    `${size(limits.maxPageBytes)} per fetched page and ${Math.round(limits.fetchTimeoutMs / 100) / 10} s per fetch. ` +
    `JSON API: <code>POST /api/compare</code> and <code>POST /api/report</code>.</p>\n` +
    `</form>\n</main>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`
  );
}

/** An error page for the form's requests: the status and the (escaped) message, and a way back. */
export function errorPage(status: number, message: string): string {
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="color-scheme" content="light dark">\n` +
    `<title>storydiff: error ${status}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n` +
    `<h1>The comparison could not be made</h1>\n<p class="error" role="alert">${escapeHtml(message)}</p>\n` +
    `<p><a href="/">Back to the form</a></p>\n</main>\n</body>\n</html>\n`
  );
}
