namespace RightsAnalyzers.Audit.Reporting;

/// <summary>Inline CSS: the report is one file that opens anywhere, offline, with no external assets.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { --ink:#1d2330; --muted:#5b6475; --line:#e3e6ec; --bg:#f6f7f9; --card:#fff; --accent:#2f5bd3;
                --warn:#b45309; --warn-bg:#fef3c7; --info:#1d4ed8; --info-bg:#dbeafe; --err:#b91c1c; --err-bg:#fee2e2; }
        * { box-sizing: border-box; }
        body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif; color:var(--ink); background:var(--bg); }
        main { max-width:1120px; margin:0 auto; padding:28px 24px 60px; }
        header.top { background:#1d2a4d; color:#fff; padding:26px 0 22px; }
        header.top .inner { max-width:1120px; margin:0 auto; padding:0 24px; }
        header.top h1 { margin:0 0 4px; font-size:24px; font-weight:650; letter-spacing:.2px; }
        header.top .target { font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size:13px; opacity:.92; word-break:break-all; }
        header.top .meta { font-size:13px; opacity:.75; margin-top:6px; }
        nav.toc { font-size:13px; color:var(--muted); margin-top:4px; }
        h2 { font-size:19px; margin:34px 0 10px; }
        h3 { font-size:16px; margin:0; }
        p.lead { font-size:16px; margin:18px 0 4px; }
        p.note, .muted { color:var(--muted); font-size:13px; }
        .cards { display:grid; grid-template-columns:repeat(auto-fit,minmax(140px,1fr)); gap:12px; margin-top:18px; }
        .card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:12px 14px; }
        .card .n { font-size:26px; font-weight:700; line-height:1.2; }
        .card .l { color:var(--muted); font-size:12.5px; text-transform:uppercase; letter-spacing:.4px; }
        .panel { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:16px 18px; }
        table { width:100%; border-collapse:collapse; background:var(--card); border:1px solid var(--line); border-radius:10px; overflow:hidden; font-size:14px; }
        th, td { text-align:left; padding:7px 10px; border-bottom:1px solid var(--line); vertical-align:top; }
        th { background:#eef1f6; font-size:12.5px; text-transform:uppercase; letter-spacing:.3px; color:var(--muted); }
        tr:last-child td { border-bottom:none; }
        td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
        td.zero { color:#9aa2b1; }
        tr.nocode td { color:var(--muted); }
        code, .mono { font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size:12.5px; }
        a { color:var(--accent); text-decoration:none; } a:hover { text-decoration:underline; }
        .pill { display:inline-block; padding:1px 8px; border-radius:999px; font-size:12px; font-weight:600; white-space:nowrap; }
        .pill.warning { color:var(--warn); background:var(--warn-bg); }
        .pill.info { color:var(--info); background:var(--info-bg); }
        .pill.error { color:var(--err); background:var(--err-bg); }
        .rec { display:inline-block; min-width:22px; padding:0 6px; margin:0 3px 2px 0; border-radius:6px; background:#e8edfb; color:#24408f; font-size:12px; font-weight:600; text-align:center; }
        section.rule { margin:18px 0 22px; }
        section.rule .head { background:var(--card); border:1px solid var(--line); border-bottom:none; border-radius:10px 10px 0 0; padding:12px 14px; }
        section.rule .head .fix { margin-top:6px; font-size:14px; }
        section.rule table { border-radius:0 0 10px 10px; }
        .chart text { font:13px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif; fill:var(--ink); }
        .chart .lbl-muted { fill:#9aa2b1; }
        .chart .count { font-weight:700; }
        footer { margin-top:40px; color:var(--muted); font-size:12.5px; }
        @media print { header.top { background:none; color:var(--ink); } body { background:#fff; } }
        """;
}
