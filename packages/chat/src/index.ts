/** The published version of @foyer/chat, for diagnostics and version-mismatch warnings. */
export const version = '0.1.0';
