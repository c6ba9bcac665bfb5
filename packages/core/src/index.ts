/** The published version of @foyer/core. */
export const version = '0.1.0';
