import type { PaneStrings } from '../translation.js';
import { minutes } from './minutes.js';

/**
 * The strings of the panel's lazily loaded panes: every step after the bot chat (escalation offers,
 * callback, message, queue, agent, idle warning, ended, survey) and the end confirmation.
 */
const zhCNPanes: PaneStrings = {
  queuePosition: (position) => `您目前排在第 ${position} 位`,
  estimatedWait: (n) => `预计等待时间：${minutes('zh-CN', n)}`,
  chooseHowToContinue: '您希望如何继续？',
  joinQueue: '与人工客服聊天',
  requestCallback: '预约回电',
  leaveMessage: '留言',
  backToAssistant: '返回智能助手',
  back: '返回',
  phoneLabel: '电话号码（含国家/地区代码）',
  consentLabel: '我同意通过此号码接听来电',
  asSoonAsPossible: '尽快',
  chooseSlot: '在我选择的时间',
  submitCallback: '提交回电请求',
  messageTextLabel: '您的留言',
  sendMessage: '发送留言',
  invalidPhone: '请输入国际格式的号码，例如 +8613812345678。',
  consentRequired: '请同意接听来电。',
  emptyMessage: '请先输入留言内容。',
  agentsUnavailable: '目前没有可服务的人工客服。',
  leaveQueue: '退出排队',
  surveyTitle: '您对本次服务满意吗？',
  ratingLabel: (rating, max) => `${rating} 分（满分 ${max} 分）`,
  surveyComment: '还有其他想告诉我们的吗？（选填）',
  submitSurvey: '提交评价',
  skipSurvey: '跳过',
  ratingRequired: '请先选择评分。',
  idleWarning: '您还在吗？聊天即将结束。',
  stillHere: '我还在',
  chatEnded: '聊天已结束。',
  startNewChat: '开始新的聊天',
  downloadTranscript: '下载聊天记录',
  surveyThanks: '感谢您的反馈。',
  endConfirmQuestion: '确定要结束本次聊天吗？',
  keepChatting: '继续聊天',
  checkingAvailability: '正在查询可服务的客服…',
  callbackRequested: '谢谢，我们会给您回电。',
  messageLeft: '您的留言已发送，我们会在这里回复。',
  waitingForAgent: '正在等待人工客服…',
  agentJoined: (name) => `${name}已加入聊天`,
  onHold: '客服已将聊天暂时挂起，请稍候。',
};

export default zhCNPanes;
