/** Pages served to the server's URL fetcher in tests. */

/** A small news article page with navigation, footer and script around it. */
export const ARTICLE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Harbor Warehouse Fire Forces Evacuation</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbor Warehouse Fire Forces Evacuation</h1>
<p>A fire broke out on Tuesday night at a grain warehouse in Eastport Harbor, forcing the evacuation of 40 homes and closing the coastal road for six hours.</p>
<p>Fire Chief Maria Delgado said the blaze started in a loading bay shortly after 9 p.m. and spread to the roof within minutes.
"Our crews stopped it before it reached the fuel depot next door," Delgado told reporters at the scene.</p>
<p>Two firefighters were treated for smoke inhalation and released. No residents were <em>injured</em>.</p>
<p>The cause of the fire has not been determined. Investigators from the state fire marshal&#39;s office will inspect the site on Thursday.</p>
</article><footer>Copyright Eastport News</footer><script>var tracking = 1;</script></body></html>`;

/** A page with no article in it. */
export const NO_ARTICLE_HTML = '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>';
