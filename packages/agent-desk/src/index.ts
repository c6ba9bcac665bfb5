/** The published version of @foyer/agent-desk, for diagnostics and version-mismatch warnings. */
export const version = '0.1.0';
