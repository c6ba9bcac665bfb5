export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

export function startSiteServer(options: {
  host?: string;
  port?: number;
  siteDir: string;
  dataDir: string;
  foyerUrl: string;
  publicUrl?: string;
}): Promise<SiteServer>;
