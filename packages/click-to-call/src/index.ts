/** The published version of @foyer/click-to-call, for diagnostics and version-mismatch warnings. */
export const version = '0.1.0';
