import type { ServerConfig } from './config.js';
import { parseBotConfig } from './bot/config.js';
import { parseAttachmentsConfig } from './attachments/config.js';
import { parseInvitationsConfig } from './invitations/config.js';
import { parseIdleConfig } from './idle/config.js';

/** The config file's `bot`, `attachments`, `invitations` and `idle` sections; throws ConfigError naming the JSON path. */
export function parseConversationSections(file: Record<string, unknown>): Pick<ServerConfig, 'bot' | 'attachments' | 'invitations'> & Partial<Pick<ServerConfig, 'idle'>> {
  return {
    ...(file.bot !== undefined ? { bot: parseBotConfig(file.bot) } : {}),
    ...(file.attachments !== undefined ? { attachments: parseAttachmentsConfig(file.attachments) } : {}),
    ...(file.invitations !== undefined ? { invitations: parseInvitationsConfig(file.invitations) } : {}),
    ...(file.idle !== undefined ? { idle: parseIdleConfig(file.idle) } : {}),
  };
}
