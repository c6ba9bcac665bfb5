import { createMachine, type setup } from 'xstate';

/**
 * xstate's `setup()`, typed as it is, whose result offers only `createMachine` (built as
 * `setup().createMachine` builds it). The real `setup()` also returns xstate's action creators
 * (sendTo, log, emit, enqueueActions), which would then load with the panel although our machines never
 * use them.
 */
export const typedSetup = ((implementations: Parameters<typeof setup>[0]) => ({
  createMachine: (config: Parameters<typeof createMachine>[0]) => createMachine({ ...config, schemas: implementations.schemas }, implementations),
})) as typeof setup;
