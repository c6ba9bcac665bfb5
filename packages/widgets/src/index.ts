/** The published version of @foyer/widgets, for diagnostics and version-mismatch warnings. */
export const version = '0.1.0';
