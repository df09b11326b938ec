/*
 * An OFD invoice converted to PDF: the converter draws each glyph on its own at the place the OFD gives
 * it (a TextCode with its DeltaX), the template's layer (labels, frame) and the invoice's layer (the
 * values) one after the other. This redraws the page so: every character of the laid-out page becomes
 * an absolutely placed span of its own (`data-ofd` on <html> containing "runs": each text run instead),
 * the labels' layer first, or the values' first with "values-first"; the text as laid out is hidden.
 */
(() => {
  const words = (document.documentElement.dataset.ofd ?? '').split(/\s+/);
  // Laid out at the printed sheet's width (the window's is another), so the places measured are the printed ones.
  const size = [...document.styleSheets].flatMap((s) => [...s.cssRules]).find((r) => r instanceof CSSPageRule)?.style.getPropertyValue('size');
  if (size) document.documentElement.style.width = size.split(/\s+/)[0];
  const VALUE = 'b, .items tbody td, .remarks-text, .cipher';
  const nodes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) if (walker.currentNode.data.trim()) nodes.push(walker.currentNode);
  const drawn = [];
  for (const node of nodes) {
    const el = node.parentElement;
    const style = getComputedStyle(el);
    const value = !!el.closest(VALUE) && !el.closest('.sum td:not(.n)');
    const pieces = [];
    if (words.includes('runs')) pieces.push([0, node.data.length]);
    else for (let i = 0; i < node.data.length; i++) if (!/[\s\u3000]/.test(node.data[i])) pieces.push([i, i + 1]);
    for (const [from, to] of pieces) {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      for (const rect of [...range.getClientRects()].slice(0, 1)) {
        drawn.push({ text: node.data.slice(from, to).trim(), value, left: rect.left + scrollX, top: rect.top + scrollY,
          font: style.font, color: style.color, spacing: style.letterSpacing });
      }
    }
  }
  for (const node of nodes) {
    const hidden = document.createElement('span');
    hidden.style.visibility = 'hidden';
    node.replaceWith(hidden);
    hidden.append(node);
  }
  const first = !words.includes('values-first');
  const layer = (value) => drawn.filter((g) => g.value === value).map((g) => {
    const span = document.createElement('span');
    span.textContent = g.text;
    span.style.cssText = `position:absolute;left:${g.left}px;top:${g.top}px;font:${g.font};line-height:normal;color:${g.color};letter-spacing:${g.spacing};white-space:pre;visibility:visible`;
    return span;
  });
  document.body.append(...layer(!first), ...layer(first));
})();
