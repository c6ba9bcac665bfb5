// Plain-text tables for the benchmark's summary.

export function table(title, columns, rows) {
  const cells = rows.map((r) => columns.map((c) => (r[c.key] === undefined || r[c.key] === null ? '–' : String(r[c.key]))));
  const widths = columns.map((c, i) => Math.max(c.label.length, ...cells.map((row) => row[i].length)));
  const line = (vals) => vals.map((v, i) => (columns[i].left ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  return [title, line(columns.map((c) => c.label)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export const fmt = {
  int: (x) => (x === undefined || x === null || Number.isNaN(x) ? undefined : Math.round(x).toLocaleString('en-US')),
  dec: (x, d = 1) => (x === undefined || x === null || Number.isNaN(x) ? undefined : x.toFixed(d)),
  mib: (kib) => (kib === undefined ? undefined : (kib / 1024).toFixed(1)),
};
