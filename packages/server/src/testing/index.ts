/** Test support shared by the server's and the client's suites: real processes, real databases. */
export { startPostgres, postgresAvailable, freePort, type TestPostgres } from './postgres.js';
export { spawnServer, runServerToExit, cliPath, type ServerProcess, type SpawnOptions } from './server-process.js';
export { checkedFetch, checkEvent, contractViolations } from './contract-fetch.js';
