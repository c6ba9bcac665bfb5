import { LitElement } from 'lit';
import { pendingTranslation } from './localize-controller.js';
import { FOYER_LIT_VERSION } from './version.js';

/** Event names in `GlobalEventHandlersEventMap` whose event is a CustomEvent. */
export type CustomEventName = {
  [K in keyof GlobalEventHandlersEventMap]: GlobalEventHandlersEventMap[K] extends CustomEvent<unknown> ? K : never;
}[keyof GlobalEventHandlersEventMap];

export type EventDetail<K extends CustomEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

type EmitArgs<K extends CustomEventName> = undefined extends EventDetail<K>
  ? [detail?: EventDetail<K>, options?: Omit<CustomEventInit, 'detail'>]
  : [detail: EventDetail<K>, options?: Omit<CustomEventInit, 'detail'>];

/**
 * What `define()` did:
 * - `defined`: the tag was free and is now this class;
 * - `already-defined`: the tag already holds this class, or another class of the same version;
 * - `version-mismatch`: the tag holds a class of another version (a dev-mode warning is logged);
 * - `foreign`: the tag holds a class that is not a Foyer element.
 */
export type DefineResult = 'defined' | 'already-defined' | 'version-mismatch' | 'foreign';

function isProduction(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.['NODE_ENV'] === 'production';
}

/**
 * Base class of every Foyer element: typed `emit()`, safe `define()`, static `version`.
 * Subclasses declare `static properties` (no decorators needed).
 */
export class FoyerElement extends LitElement {
  /** The Foyer version this class belongs to; `define()` compares it with an already registered class. */
  static version = FOYER_LIT_VERSION;

  /**
   * Registers the class under `tag` unless the tag is already taken; never throws for a taken tag,
   * so two bundles (or a host and a bundle) registering the same element is safe.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): DefineResult {
    const existing = registry.get(tag);
    if (!existing) {
      registry.define(tag, this);
      return 'defined';
    }
    if (existing === this) return 'already-defined';
    const existingVersion = (existing as Partial<typeof FoyerElement>).version;
    if (typeof existingVersion !== 'string') return 'foreign';
    if (existingVersion === this.version) return 'already-defined';
    if (!isProduction()) {
      console.warn(`<${tag}> is already registered by Foyer ${existingVersion}; this copy (${this.version}) was not registered.`);
    }
    return 'version-mismatch';
  }

  /** Renders wait for the element's strings (a lazily loaded language), then go ahead as usual. */
  protected override async scheduleUpdate(): Promise<unknown> {
    const strings = pendingTranslation(this);
    if (strings) await strings;
    return super.scheduleUpdate();
  }

  /**
   * Dispatches a bubbling, composed (crossing shadow roots) CustomEvent declared in
   * `GlobalEventHandlersEventMap`, and returns it (check `defaultPrevented` for cancelable requests).
   */
  emit<K extends CustomEventName>(name: K, ...[detail, options]: EmitArgs<K>): GlobalEventHandlersEventMap[K] {
    const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, ...options, detail });
    this.dispatchEvent(event);
    return event as unknown as GlobalEventHandlersEventMap[K];
  }
}
