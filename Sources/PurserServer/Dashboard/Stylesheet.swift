/// The dashboard's one stylesheet: system fonts, WCAG AA contrast, responsive down to phone width.
enum Stylesheet {
    static let css = """
    :root{--fg:#1b1f24;--muted:#4a5563;--bg:#fff;--panel:#f5f7fa;--line:#d0d7de;--accent:#0a58ca;--ok:#116329;--warn:#8a4b00;--bad:#b3261e;}
    *{box-sizing:border-box}
    body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
    a{color:var(--accent)} a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #f0b400;outline-offset:2px}
    .skip{position:absolute;left:-999px} .skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:2}
    header{background:#0d1117;color:#fff} header nav{display:flex;flex-wrap:wrap;align-items:center;gap:8px 24px;max-width:1200px;margin:0 auto;padding:10px 16px}
    .brand{font-weight:700;font-size:1.15rem} header ul{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;margin:0;padding:0}
    header a{color:#fff;text-decoration:none;padding:4px 2px} header a[aria-current=page]{border-bottom:3px solid #58a6ff}
    main{max-width:1200px;margin:0 auto;padding:16px}
    footer{max-width:1200px;margin:24px auto;padding:0 16px;color:var(--muted);font-size:.9rem}
    h1{font-size:1.6rem;margin:.3em 0} h2{font-size:1.25rem;margin-top:1.6em} .muted{color:var(--muted)}
    .banner{background:#fff4e5;border-left:6px solid var(--warn);padding:12px 16px;max-width:1200px;margin:12px auto}
    .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px;margin:12px 0}
    .card{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:12px} .card b{display:block;font-size:1.3rem}
    .table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
    table{border-collapse:collapse;width:100%;min-width:560px} caption{text-align:left;font-weight:600;padding:4px 0}
    th,td{border-bottom:1px solid var(--line);padding:8px 6px;text-align:left;vertical-align:top} th{background:var(--panel)}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    .badge{display:inline-block;padding:1px 8px;border-radius:12px;font-size:.85rem;font-weight:600;white-space:nowrap;border:1px solid}
    .badge-pass{color:var(--ok);background:#e6f4ea} .badge-warn{color:var(--warn);background:#fff4e5} .badge-deny,.badge-fail,.badge-invalid{color:var(--bad);background:#fdecea}
    .bar{position:relative;height:14px;background:#e8ecf0;border-radius:7px;min-width:120px;overflow:hidden}
    .bar span{position:absolute;left:0;top:0;bottom:0;border-radius:7px} .bar .est{background:#5b8def;opacity:.55} .bar .billed{background:#0a3d91;height:6px;top:4px}
    .bar.over .est{background:#d93025;opacity:.6}
    pre{background:#0d1117;color:#e6edf3;padding:12px;border-radius:8px;overflow:auto;max-height:480px;font-size:.85rem}
    ul.findings{padding-left:1.2em} ul.findings li{margin:4px 0}
    form.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:end;margin:12px 0} form.filters label{display:flex;flex-direction:column;font-size:.9rem}
    input,select,button{font:inherit;padding:6px 8px;border:1px solid #6e7781;border-radius:6px} button{background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer}
    svg.chart{width:100%;height:auto;max-width:960px;background:#fff;border:1px solid var(--line);border-radius:8px}
    .legend{display:flex;flex-wrap:wrap;gap:12px;font-size:.9rem;color:var(--muted)} .legend i{display:inline-block;width:14px;height:10px;margin-right:4px;vertical-align:middle}
    dl.spec{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px} dl.spec dt{font-weight:600}
    code{font-size:.9em;overflow-wrap:anywhere} td.details{font-size:.9rem;overflow-wrap:anywhere;min-width:16em}
    @media (max-width:600px){body{font-size:15px} main{padding:10px} h1{font-size:1.3rem} dl.spec{grid-template-columns:1fr}}
    """
}
