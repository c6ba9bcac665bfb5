/**
 * The launcher's own strings: it is the eager piece and must not pull in the panel's tables. Hosts
 * override them like the panel's, through `registerLauncherStrings`.
 */
export interface LauncherStrings {
  open: string;
  close: string;
  available: string;
  unavailable: string;
  unread: (count: number) => string;
  loadFailed: string;
  /** The invitation bubble's accessible name. */
  invitation: string;
  /** Announced politely when an invitation shows. */
  invitationAnnouncement: (message: string) => string;
  /** Shown by `invite()` without a message. */
  invitationDefault: string;
  invitationAccept: string;
  invitationDismiss: string;
}

const tables: Record<'en' | 'zh-CN' | 'zh-TW', LauncherStrings> = {
  en: {
    open: 'Chat with us',
    close: 'Close chat',
    available: 'Agents available',
    unavailable: 'Agents offline, you can leave a message',
    unread: (n) => (n === 1 ? '1 unread message' : `${n} unread messages`),
    loadFailed: 'The chat could not load. Select to try again.',
    invitation: 'Chat invitation',
    invitationAnnouncement: (message) => `Chat invitation: ${message}`,
    invitationDefault: 'Have a question? We are here to help.',
    invitationAccept: 'Start chat',
    invitationDismiss: 'Dismiss invitation',
  },
  'zh-CN': {
    open: '在线咨询',
    close: '关闭聊天',
    available: '客服在线',
    unavailable: '客服不在线，您可以留言',
    unread: (n) => `${n} 条未读消息`,
    loadFailed: '聊天加载失败，请点击重试。',
    invitation: '聊天邀请',
    invitationAnnouncement: (message) => `聊天邀请：${message}`,
    invitationDefault: '有疑问吗？我们随时为您提供帮助。',
    invitationAccept: '开始聊天',
    invitationDismiss: '关闭邀请',
  },
  'zh-TW': {
    open: '線上諮詢',
    close: '關閉聊天',
    available: '客服在線',
    unavailable: '客服不在線，您可以留言',
    unread: (n) => `${n} 則未讀訊息`,
    loadFailed: '聊天載入失敗，請點選重試。',
    invitation: '聊天邀請',
    invitationAnnouncement: (message) => `聊天邀請：${message}`,
    invitationDefault: '有疑問嗎？我們隨時為您提供協助。',
    invitationAccept: '開始聊天',
    invitationDismiss: '關閉邀請',
  },
};

export function launcherStrings(locale: keyof typeof tables): LauncherStrings {
  return tables[locale];
}

/** Host overrides for one locale (any subset). */
export function registerLauncherStrings(locale: keyof typeof tables, strings: Partial<LauncherStrings>): void {
  tables[locale] = { ...tables[locale], ...strings };
}
