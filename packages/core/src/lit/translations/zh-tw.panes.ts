import type { PaneStrings } from '../translation.js';
import { minutes } from './minutes.js';

/**
 * The strings of the panel's lazily loaded panes: every step after the bot chat (escalation offers,
 * callback, message, queue, agent, idle warning, ended, survey) and the end confirmation.
 */
const zhTWPanes: PaneStrings = {
  queuePosition: (position) => `您目前排在第 ${position} 位`,
  estimatedWait: (n) => `預計等候時間：${minutes('zh-TW', n)}`,
  chooseHowToContinue: '您希望如何繼續？',
  joinQueue: '與真人客服聊天',
  requestCallback: '預約回電',
  leaveMessage: '留言',
  backToAssistant: '返回智慧助理',
  back: '返回',
  phoneLabel: '電話號碼（含國家／地區代碼）',
  consentLabel: '我同意以此號碼接聽來電',
  asSoonAsPossible: '盡快',
  chooseSlot: '在我選擇的時間',
  submitCallback: '送出回電請求',
  messageTextLabel: '您的留言',
  sendMessage: '傳送留言',
  invalidPhone: '請輸入國際格式的號碼，例如 +886912345678。',
  consentRequired: '請同意接聽來電。',
  emptyMessage: '請先輸入留言內容。',
  agentsUnavailable: '目前沒有可服務的真人客服。',
  leaveQueue: '退出排隊',
  surveyTitle: '您對本次服務滿意嗎？',
  ratingLabel: (rating, max) => `${rating} 分（滿分 ${max} 分）`,
  surveyComment: '還有其他想告訴我們的嗎？（選填）',
  submitSurvey: '送出評價',
  skipSurvey: '略過',
  ratingRequired: '請先選擇評分。',
  idleWarning: '您還在嗎？聊天即將結束。',
  stillHere: '我還在',
  chatEnded: '聊天已結束。',
  startNewChat: '開始新的聊天',
  downloadTranscript: '下載聊天紀錄',
  surveyThanks: '感謝您的意見回饋。',
  endConfirmQuestion: '確定要結束本次聊天嗎？',
  keepChatting: '繼續聊天',
  checkingAvailability: '正在查詢可服務的客服…',
  callbackRequested: '謝謝，我們會回電給您。',
  messageLeft: '您的留言已送出，我們會在這裡回覆。',
  waitingForAgent: '正在等待真人客服…',
  agentJoined: (name) => `${name}已加入聊天`,
  onHold: '客服已將聊天暫時保留，請稍候。',
};

export default zhTWPanes;
