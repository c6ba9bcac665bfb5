import type { Translation } from '../translation.js';

const minutes = new Intl.NumberFormat('zh-TW', { style: 'unit', unit: 'minute', unitDisplay: 'long' });

const zhTW: Translation = {
  $code: 'zh-TW',
  $name: '繁體中文',
  $dir: 'ltr',
  connecting: '正在連線…',
  connected: '已連線',
  reconnecting: '連線中斷，正在重新連線…',
  offline: '您已離線',
  send: '傳送',
  sending: '正在傳送…',
  retry: '重試',
  discard: '捨棄',
  notSent: '未傳送',
  queuePosition: (position) => `您目前排在第 ${position} 位`,
  estimatedWait: (n) => `預計等候時間：${minutes.format(n)}`,
};

export default zhTW;
