/**
 * @foyer/core/node: the platform without browser storage (in-memory outbox and key-value store, one
 * tab), for Node and for tests. Apart from the main entry, so a browser bundle never carries it.
 */
export { createNodePlatform, createMemoryKeyValueStore, createMemoryOutbox, createSingleTabCoordinator, type NodePlatformOptions } from '../platform/node.js';
