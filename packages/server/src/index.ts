export { startServer, type RunningServer } from './server.js';
export { resolveConfig, type ServerConfig } from './config.js';
export { Contract } from './contract/validator.js';
export { DataDirInUseError } from './storage/data-dir-lock.js';
export { builtInScanner, type AttachmentScanner, type ScanInput, type ScanVerdict } from './attachments/scanner.js';
