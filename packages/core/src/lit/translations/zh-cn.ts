import type { Translation } from '../translation.js';

const minutes = new Intl.NumberFormat('zh-CN', { style: 'unit', unit: 'minute', unitDisplay: 'long' });

const zhCN: Translation = {
  $code: 'zh-CN',
  $name: '简体中文',
  $dir: 'ltr',
  connecting: '正在连接…',
  connected: '已连接',
  reconnecting: '连接已断开，正在重新连接…',
  offline: '您已离线',
  send: '发送',
  sending: '正在发送…',
  retry: '重试',
  discard: '放弃',
  notSent: '未发送',
  queuePosition: (position) => `您目前排在第 ${position} 位`,
  estimatedWait: (n) => `预计等待时间：${minutes.format(n)}`,
};

export default zhCN;
