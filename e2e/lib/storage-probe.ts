import type { BrowserContext, Page } from 'playwright-core';

/** What the page's origin keeps in the browser: cookie names, Web Storage keys and IndexedDB databases with their record counts. */
export interface StoredState {
  cookies: string[];
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: Record<string, number>;
}

export async function storedState(context: BrowserContext, page: Page): Promise<StoredState> {
  const cookies = (await context.cookies()).map((c) => c.name).sort();
  const inPage = await page.evaluate(async () => {
    const keys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)!).sort();
    const databases: Record<string, number> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      let records = 0;
      for (const store of Array.from(db.objectStoreNames)) {
        records += await new Promise<number>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
      databases[name] = records;
    }
    return { localStorage: keys(localStorage), sessionStorage: keys(sessionStorage), indexedDB: databases };
  });
  return { cookies, ...inPage };
}

/** Foyer's own entries: its keys and databases are named `foyer:…`. */
export function foyerEntries(state: StoredState): string[] {
  const named = (names: string[]) => names.filter((n) => n.toLowerCase().startsWith('foyer'));
  return [...named(state.cookies), ...named(state.localStorage), ...named(state.sessionStorage), ...named(Object.keys(state.indexedDB))];
}
