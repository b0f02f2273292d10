// Diplograph's SPARQL query page: a textarea over a highlighted copy of its text, completion from
// /sparql/complete, examples from /sparql/examples, results from /sparql. No external resources.
(function () {
  'use strict';
  const ENDPOINT = '/sparql';
  const textarea = document.getElementById('query');
  const highlight = document.getElementById('highlight');
  const list = document.getElementById('completions');
  const status = document.getElementById('status');
  const results = document.getElementById('results');
  const downloads = document.getElementById('downloads');
  let prefixes = {};

  const KEYWORDS = ['SELECT', 'DISTINCT', 'REDUCED', 'WHERE', 'PREFIX', 'BASE', 'ASK', 'CONSTRUCT', 'DESCRIBE',
    'FROM', 'NAMED', 'GRAPH', 'OPTIONAL', 'UNION', 'MINUS', 'FILTER', 'BIND', 'VALUES', 'SERVICE', 'AS', 'GROUP',
    'BY', 'HAVING', 'ORDER', 'ASC', 'DESC', 'LIMIT', 'OFFSET', 'NOT', 'EXISTS', 'IN', 'UNDEF', 'a', 'true', 'false'];
  const FUNCTIONS = ['COUNT', 'SUM', 'MIN', 'MAX', 'AVG', 'SAMPLE', 'GROUP_CONCAT', 'SEPARATOR', 'STR', 'LANG',
    'LANGMATCHES', 'DATATYPE', 'BOUND', 'IRI', 'URI', 'BNODE', 'RAND', 'ABS', 'CEIL', 'FLOOR', 'ROUND', 'CONCAT',
    'STRLEN', 'UCASE', 'LCASE', 'ENCODE_FOR_URI', 'CONTAINS', 'STRSTARTS', 'STRENDS', 'STRBEFORE', 'STRAFTER',
    'YEAR', 'MONTH', 'DAY', 'HOURS', 'MINUTES', 'SECONDS', 'TIMEZONE', 'TZ', 'NOW', 'UUID', 'STRUUID', 'MD5',
    'SHA1', 'SHA256', 'SHA512', 'COALESCE', 'IF', 'STRLANG', 'STRDT', 'sameTerm', 'isIRI', 'isURI', 'isBLANK',
    'isLITERAL', 'isNUMERIC', 'REGEX', 'SUBSTR', 'REPLACE'];
  const KW = new Set(KEYWORDS.map(k => k.toUpperCase()));
  const FN = new Set(FUNCTIONS.map(k => k.toUpperCase()));
  // Terms of external vocabularies we use, which carry no label in the store.
  const EXTRA_TERMS = ['rdf:type', 'rdfs:label', 'rdfs:comment', 'skos:prefLabel', 'skos:altLabel', 'skos:inScheme',
    'schema:url', 'schema:headline', 'schema:datePublished', 'schema:publisher', 'schema:inLanguage', 'schema:sameAs',
    'schema:NewsArticle', 'prov:wasDerivedFrom', 'prov:wasGeneratedBy', 'sem:hasActor', 'xsd:date', 'xsd:dateTime'];

  function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  // One regular expression with a group per token class; whatever does not match is plain text.
  const TOKEN = new RegExp([
    '(#[^\\n]*)',                                   // 1 comment
    '("""[\\s\\S]*?"""|\'\'\'[\\s\\S]*?\'\'\'|"(?:[^"\\\\\\n]|\\\\.)*"|\'(?:[^\'\\\\\\n]|\\\\.)*\')', // 2 string
    '(<[^<>"{}|^`\\\\\\s]*>)',                       // 3 IRI
    '([?$][A-Za-z0-9_\\u00C0-\\uFFFF]+)',              // 4 variable
    '((?:[A-Za-z][\\w.-]*)?:[\\w\\u00C0-\\uFFFF.-]*)', // 5 prefixed name
    '(\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)',      // 6 number
    '(\\b[A-Za-z_]+\\b)'                             // 7 word (keyword or function)
  ].join('|'), 'g');

  function highlightText(text) {
    let out = '';
    let last = 0;
    text.replace(TOKEN, (m, comment, str, iri, v, pn, num, word, offset) => {
      out += escapeHtml(text.slice(last, offset));
      last = offset + m.length;
      let cls = null;
      if (comment) cls = 't-comment';
      else if (str) cls = 't-str';
      else if (iri) cls = 't-iri';
      else if (v) cls = 't-var';
      else if (pn) cls = 't-pn';
      else if (num) cls = 't-num';
      else if (word) cls = KW.has(word.toUpperCase()) ? 't-kw' : FN.has(word.toUpperCase()) ? 't-fn' : null;
      out += cls ? '<span class="' + cls + '">' + escapeHtml(m) + '</span>' : escapeHtml(m);
      return m;
    });
    return out + escapeHtml(text.slice(last)) + '\n';
  }

  function refresh() {
    highlight.innerHTML = highlightText(textarea.value);
    highlight.scrollTop = textarea.scrollTop;
    highlight.scrollLeft = textarea.scrollLeft;
  }

  textarea.addEventListener('scroll', () => {
    highlight.scrollTop = textarea.scrollTop;
    highlight.scrollLeft = textarea.scrollLeft;
  });

  // ---- completion ----
  let items = [];
  let active = 0;
  let wordStart = 0;
  let timer = null;
  let seq = 0;

  function currentWord() {
    const pos = textarea.selectionStart;
    const before = textarea.value.slice(0, pos);
    const m = before.match(/[^\s{}()<>"',;.?$]*$/u);  // a prefixed name or a label-ish word
    const text = m ? m[0] : '';
    return { text, start: pos - text.length, end: pos };
  }

  function hide() {
    list.hidden = true;
    items = [];
  }

  function prefixedName(iri) {
    let best = null;
    for (const [p, ns] of Object.entries(prefixes)) {
      if (iri.startsWith(ns) && /^[\w.-]*$/.test(iri.slice(ns.length)) && (!best || ns.length > best[1].length)) {
        best = [p, ns];
      }
    }
    return best ? best[0] + ':' + iri.slice(best[1].length) : '<' + iri + '>';
  }

  function show(word, suggestions) {
    items = suggestions.slice(0, 40);
    if (items.length === 0) {
      hide();
      return;
    }
    wordStart = word.start;
    active = 0;
    list.innerHTML = items.map((it, i) => '<li role="option" data-i="' + i + '"' + (i === 0 ? ' class="active"' : '') + '>'
      + escapeHtml(it.insert) + (it.hint ? '<small>' + escapeHtml(it.hint) + '</small>' : '') + '</li>').join('');
    // Place the list under the caret: monospace, so line and column give the position.
    const lines = textarea.value.slice(0, word.start).split('\n');
    const style = getComputedStyle(textarea);
    const lineHeight = parseFloat(style.lineHeight) || 20;
    const charWidth = measureChar();
    list.style.top = (8 + lines.length * lineHeight - textarea.scrollTop) + 'px';
    list.style.left = Math.max(0, 8 + lines[lines.length - 1].length * charWidth - textarea.scrollLeft) + 'px';
    list.hidden = false;
  }

  let charWidthCache = 0;
  function measureChar() {
    if (!charWidthCache) {
      const span = document.createElement('span');
      span.textContent = 'xxxxxxxxxx';
      highlight.appendChild(span);
      charWidthCache = span.getBoundingClientRect().width / 10 || 8.4;
      span.remove();
    }
    return charWidthCache;
  }

  function localSuggestions(text) {
    const upper = text.toUpperCase();
    const out = [];
    if (text.includes(':')) {
      const p = text.slice(0, text.indexOf(':'));
      EXTRA_TERMS.filter(t => t.startsWith(text) && t !== text).forEach(t => out.push({ insert: t, hint: '' }));
      if (!(p in prefixes)) {
        Object.keys(prefixes).filter(k => k.startsWith(p)).forEach(k => out.push({ insert: k + ':', hint: prefixes[k] }));
      }
      return out;
    }
    KEYWORDS.concat(FUNCTIONS).filter(k => k.length > 1 && k.toUpperCase().startsWith(upper) && k.toUpperCase() !== upper)
      .forEach(k => out.push({ insert: k, hint: 'keyword' }));
    Object.keys(prefixes).filter(k => k.startsWith(text)).forEach(k => out.push({ insert: k + ':', hint: prefixes[k] }));
    return out;
  }

  function complete(force) {
    const word = currentWord();
    // Two letters, or one Chinese character (a name is often two), before asking the server.
    if (!force && word.text.length < (/^[\x00-\x7f]*$/.test(word.text) ? 2 : 1)) {
      hide();
      return;
    }
    const local = localSuggestions(word.text);
    const mine = ++seq;
    if (word.text.length === 0) {
      show(word, local);
      return;
    }
    const predicate = predicateBefore(word.start);
    fetch(ENDPOINT + '/complete?prefix=' + encodeURIComponent(word.text)
        + (predicate ? '&predicate=' + encodeURIComponent(predicate) : ''), { headers: { Accept: 'application/json' } })
      .then(r => r.ok ? r.json() : [])
      .catch(() => [])
      .then(remote => {
        if (mine !== seq) return;  // a newer keystroke superseded this request
        const fromStore = remote.map(c => ({
          insert: prefixedName(c.iri),
          hint: (c.label || '') + (c.type ? ' · ' + prefixedName(c.type) : '')
        }));
        show(word, local.concat(fromStore));
      });
  }

  // In object position ("?e dg:participant 王", "?e a dg:Pe") the property in front of the word:
  // the server then offers only its values. Null elsewhere.
  function predicateBefore(start) {
    const before = textarea.value.slice(0, start).replace(/#[^\n]*/g, '');
    const m = before.match(/(\S+)\s+(\S+)\s+$/);
    if (!m || /[{.;,(]$/.test(m[1]) || !/^[?$<\w]/.test(m[1]) && !m[1].includes(':')) return null;
    const p = m[2];
    if (p === 'a') return 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
    if (/^<[^<>\s]+>$/.test(p)) return p.slice(1, -1);
    const pn = p.match(/^([A-Za-z][\w.-]*|):([\w.-]*)$/);
    return pn && pn[1] in prefixes ? prefixes[pn[1]] + pn[2] : null;
  }

  function accept(i) {
    const it = items[i];
    if (!it) return;
    const end = textarea.selectionStart;
    textarea.setRangeText(it.insert, wordStart, end, 'end');
    declarePrefix(it.insert);
    hide();
    refresh();
    textarea.focus();
  }

  // A completed prefixed name needs its PREFIX declaration: add it at the top if it is missing.
  function declarePrefix(name) {
    const m = name.match(/^([A-Za-z][\w.-]*|):/);
    if (!m || !(m[1] in prefixes)) return;
    const declared = new RegExp('PREFIX\\s+' + m[1].replace(/[.-]/g, '\\$&') + ':', 'i');
    if (declared.test(textarea.value)) return;
    const line = 'PREFIX ' + m[1] + ': <' + prefixes[m[1]] + '>\n';
    const caret = textarea.selectionStart + line.length;
    textarea.value = line + textarea.value;
    textarea.setSelectionRange(caret, caret);
  }

  function move(delta) {
    if (!items.length) return;
    list.children[active].classList.remove('active');
    active = (active + delta + items.length) % items.length;
    list.children[active].classList.add('active');
    list.children[active].scrollIntoView({ block: 'nearest' });
  }

  list.addEventListener('mousedown', e => {
    const li = e.target.closest('li');
    if (li) {
      e.preventDefault();
      accept(Number(li.dataset.i));
    }
  });

  textarea.addEventListener('keydown', e => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      hide();
      run();
      return;
    }
    if (e.ctrlKey && (e.key === ' ' || e.code === 'Space')) {
      e.preventDefault();
      complete(true);
      return;
    }
    if (!list.hidden) {
      if (e.key === 'ArrowDown') { e.preventDefault(); move(1); return; }
      if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); return; }
      if (e.key === 'Enter' || e.key === 'Tab') { e.preventDefault(); accept(active); return; }
      if (e.key === 'Escape') { e.preventDefault(); hide(); return; }
    }
    if (e.key === 'Tab') {
      e.preventDefault();
      textarea.setRangeText('  ', textarea.selectionStart, textarea.selectionEnd, 'end');
      refresh();
    }
  });

  textarea.addEventListener('input', () => {
    refresh();
    clearTimeout(timer);
    timer = setTimeout(() => complete(false), 250);
  });
  textarea.addEventListener('blur', () => setTimeout(hide, 150));

  // ---- running queries ----
  function queryForm(query) {
    const m = query.replace(/#[^\n]*/g, '').replace(/PREFIX\s+\S*\s*<[^>]*>/gi, '').match(/\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i);
    return m ? m[1].toUpperCase() : 'SELECT';
  }

  function downloadLinks(query, form) {
    const formats = form === 'SELECT' || form === 'ASK'
      ? ['json', 'xml', 'csv', 'tsv'] : ['turtle', 'ntriples', 'jsonld', 'rdfxml', 'trig', 'nquads'];
    downloads.innerHTML = 'Download: ' + formats.map(f => '<a href="' + ENDPOINT + '?query=' + encodeURIComponent(query)
      + '&format=' + f + '" download>' + f + '</a>').join('');
  }

  function cell(term) {
    if (!term) return '';
    if (term.type === 'uri') {
      // Our IRIs dereference to their linked-data pages; others open where they point.
      return '<a href="' + escapeHtml(term.value) + '">' + escapeHtml(prefixedName(term.value)) + '</a>';
    }
    if (term.type === 'bnode') return '_:' + escapeHtml(term.value);
    let meta = '';
    if (term['xml:lang']) meta = '@' + term['xml:lang'];
    else if (term.datatype && !term.datatype.endsWith('#string')) meta = prefixedName(term.datatype);
    return escapeHtml(term.value) + (meta ? ' <span class="meta">' + escapeHtml(meta) + '</span>' : '');
  }

  const MAX_SHOWN = 2000;

  function table(json) {
    if (typeof json.boolean === 'boolean') {
      return '<p><strong>' + json.boolean + '</strong></p>';
    }
    const vars = json.head.vars;
    const rows = json.results.bindings;
    let html = '<table><thead><tr>' + vars.map(v => '<th>?' + escapeHtml(v) + '</th>').join('') + '</tr></thead><tbody>';
    rows.slice(0, MAX_SHOWN).forEach(b => {
      html += '<tr>' + vars.map(v => '<td>' + cell(b[v]) + '</td>').join('') + '</tr>';
    });
    html += '</tbody></table>';
    if (rows.length > MAX_SHOWN) html += '<p>Showing ' + MAX_SHOWN + ' of ' + rows.length + ' rows; download for all.</p>';
    return html;
  }

  function run() {
    const query = textarea.value;
    const form = queryForm(query);
    const body = new URLSearchParams({ query });
    const timeout = document.getElementById('timeout').value;
    if (timeout) body.set('timeout', timeout);
    const accept = form === 'SELECT' || form === 'ASK' ? 'application/sparql-results+json' : 'text/turtle';
    status.className = '';
    status.textContent = 'Running…';
    results.innerHTML = '';
    downloads.innerHTML = '';
    const started = performance.now();
    history.replaceState(null, '', ENDPOINT + '?query=' + encodeURIComponent(query));
    fetch(ENDPOINT, { method: 'POST', body, headers: { Accept: accept } })
      .then(async r => {
        const ms = Math.round(performance.now() - started);
        if (!r.ok) {
          let message = r.status + ' ' + r.statusText;
          try { message += ': ' + (await r.json()).error; } catch (e) { /* not JSON */ }
          throw new Error(message);
        }
        if (accept === 'text/turtle') {
          const text = await r.text();
          results.innerHTML = '<pre>' + escapeHtml(text) + '</pre>';
          status.textContent = 'Done in ' + ms + ' ms';
        } else {
          const json = await r.json();
          results.innerHTML = table(json);
          const n = json.results ? json.results.bindings.length : 1;
          status.textContent = n + (n === 1 ? ' row' : ' rows') + ' in ' + ms + ' ms';
        }
        downloadLinks(query, form);
      })
      .catch(err => {
        status.className = 'error';
        status.textContent = err.message;
      });
  }

  document.getElementById('run').addEventListener('click', run);

  // ---- examples and start-up ----
  fetch(ENDPOINT + '/examples', { headers: { Accept: 'application/json' } })
    .then(r => r.json())
    .then(data => {
      prefixes = data.prefixes;
      const ul = document.getElementById('examples');
      data.examples.forEach(ex => {
        const li = document.createElement('li');
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = ex.title;
        b.addEventListener('click', () => {
          textarea.value = ex.query;
          refresh();
          run();
        });
        li.appendChild(b);
        ul.appendChild(li);
      });
      const fromUrl = new URLSearchParams(location.search).get('query');
      if (fromUrl) {
        textarea.value = fromUrl;
        refresh();
        run();
      } else if (!textarea.value) {
        textarea.value = Object.entries(prefixes).filter(([p]) => ['dg', 'rdfs', 'country', 'schema'].includes(p))
          .map(([p, ns]) => 'PREFIX ' + p + ': <' + ns + '>').join('\n')
          + '\n\nSELECT ?event ?date ?label WHERE {\n  ?event a dg:DiplomaticEvent ;\n         dg:date ?date ;\n'
          + '         rdfs:label ?label .\n  FILTER (LANG(?label) = "en")\n}\nORDER BY DESC(?date)\nLIMIT 20\n';
      }
      refresh();
    });
  refresh();
})();
